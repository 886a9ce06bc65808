import { describe, expect, it, vi } from "vitest";
import { queryOf, replaceQuery, withQuery } from "../src/url.ts";
import { parseServerMessage } from "../src/wire.ts";

describe("the page URL's query (st.queryParams)", () => {
  it("reads a query without its ?", () => {
    expect(queryOf("?a=1&b=x+y")).toBe("a=1&b=x+y");
    expect(queryOf("")).toBe("");
  });

  it("puts a query on a URL, replacing the old one and keeping the hash", () => {
    expect(withQuery("ws://host/apps/_rivulet/ws", "tab=b")).toBe("ws://host/apps/_rivulet/ws?tab=b");
    expect(withQuery("http://host/app/?old=1#top", "tab=b&t=1")).toBe("http://host/app/?tab=b&t=1#top");
    expect(withQuery("http://host/app/?old=1#top", "")).toBe("http://host/app/#top");
  });

  it("replaces the history entry (no new one) and only when the URL changes", () => {
    const history = { state: { kept: true }, replaceState: vi.fn() };
    replaceQuery(history, "http://host/app/?a=1", "a=2");
    expect(history.replaceState).toHaveBeenCalledWith({ kept: true }, "", "http://host/app/?a=2");
    history.replaceState.mockClear();
    replaceQuery(history, "http://host/app/?a=2", "a=2");
    expect(history.replaceState).not.toHaveBeenCalled();
  });

  it("accepts a queryParams message and rejects one without a query string", () => {
    const message = { type: "queryParams", query: "a=1" };
    expect(parseServerMessage(JSON.stringify(message))).toEqual({ ok: true, message, problems: [] });
    expect(parseServerMessage(JSON.stringify({ type: "queryParams", query: 1 }))).toMatchObject({ ok: false });
  });
});
