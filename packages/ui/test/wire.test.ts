import { describe, expect, it } from "vitest";
import { backoff, socketUrl } from "../src/connection.ts";
import { parseServerMessage } from "../src/wire.ts";

const place = (href: string) => {
  const url = new URL(href);
  return { protocol: url.protocol, host: url.host, pathname: url.pathname, href };
};

describe("socketUrl", () => {
  it("puts _rivulet/ws in the page's directory", () => {
    expect(socketUrl(place("http://localhost:5173/"))).toBe("ws://localhost:5173/_rivulet/ws");
    expect(socketUrl(place("https://host/apps/demo/"))).toBe("wss://host/apps/demo/_rivulet/ws");
    expect(socketUrl(place("http://host/apps/index.html?x=1"))).toBe("ws://host/apps/_rivulet/ws");
  });

  it("takes an override, relative or absolute", () => {
    expect(socketUrl(place("https://host/a/"), "/ws")).toBe("wss://host/ws");
    expect(socketUrl(place("http://host/a/"), "ws://other:1/x")).toBe("ws://other:1/x");
  });

  it("backs off up to five seconds", () => {
    expect([0, 1, 2, 10].map(backoff)).toEqual([250, 500, 1000, 5000]);
  });
});

describe("parseServerMessage", () => {
  it("accepts each message type", () => {
    for (const message of [
      { type: "hello", sessionId: "s", appName: "a" },
      { type: "runStarted", runId: 1, scope: [] },
      { type: "runFinished", runId: 1, outcome: "exception" },
      { type: "error", message: "bad value" },
      { type: "patch", runId: 1, ops: [{ op: "fresh", path: [0], count: 2 }, { op: "trim", path: [1], length: 0 }] },
    ]) {
      expect(parseServerMessage(JSON.stringify(message))).toEqual({ ok: true, message, problems: [] });
    }
  });

  it("rejects what is not a message, saying why", () => {
    expect(parseServerMessage("{")).toEqual({ ok: false, error: "not JSON" });
    expect(parseServerMessage("[]")).toEqual({ ok: false, error: "not an object" });
    expect(parseServerMessage(JSON.stringify({ type: "boom" }))).toMatchObject({ ok: false, error: /unknown message type/ });
    expect(parseServerMessage(JSON.stringify({ type: "runStarted", runId: 1, scope: [-1] }))).toMatchObject({ ok: false });
    expect(parseServerMessage(JSON.stringify({ type: "runFinished", runId: 1, outcome: "done" }))).toMatchObject({ ok: false });
  });

  it("drops ops with bad paths and replaces malformed nodes, keeping the rest", () => {
    const parsed = parseServerMessage(
      JSON.stringify({
        type: "patch",
        runId: 1,
        ops: [
          { op: "set", path: [0, "x"], node: { kind: "text", body: "a" } },
          { op: "set", path: [0, 0], node: { kind: "slider", id: "s", label: "S", disabled: false, value: "3", min: 0, max: 9, step: 1, dataType: "int", format: "%d" } },
          { op: "set", path: [0, 1], node: { kind: "block", block: "vertical", children: [{ kind: "text", body: "ok" }, { kind: "nope" }] } },
        ],
      }),
    );
    if (!parsed.ok || parsed.message.type !== "patch") throw new Error("expected a patch");
    expect(parsed.problems).toEqual([
      "op 0 dropped: path is not a list of indices",
      "malformed node at 0.0: slider.value should be number | Array",
      "malformed node at 0.1.1: unknown element kind \"nope\"",
    ]);
    const [slider, block] = parsed.message.ops;
    expect(slider).toMatchObject({ op: "set", path: [0, 0], node: { kind: "exception", type: "RivuletUIError" } });
    expect(block).toMatchObject({ node: { children: [{ kind: "text", body: "ok" }, { kind: "exception" }] } });
  });
});

describe("coming back to a session", () => {
  const welcome = { type: "welcome", token: "t", resumed: true, received: 3, keepSeconds: 120, maxMessageBytes: 2097152 };
  const page = {
    type: "page",
    roots: [
      { kind: "block", block: "vertical", children: [{ kind: "text", body: "n 3" }] },
      { kind: "block", block: "vertical", children: [] },
    ],
    run: { runId: 7, scope: [], fresh: [{ path: [0], count: 1 }] },
    query: "a=1",
    navigation: null,
  };

  it("parses the welcome and the whole page", () => {
    expect(parseServerMessage(JSON.stringify(welcome))).toEqual({ ok: true, message: welcome, problems: [] });
    expect(parseServerMessage(JSON.stringify({ ...welcome, resumed: false, expired: true }))).toMatchObject({ ok: true, message: { expired: true } });
    expect(parseServerMessage(JSON.stringify(page))).toEqual({ ok: true, message: page, problems: [] });
  });

  it("refuses a malformed welcome or page, and replaces a bad node on the page", () => {
    expect(parseServerMessage(JSON.stringify({ ...welcome, token: 1 }))).toMatchObject({ ok: false });
    expect(parseServerMessage(JSON.stringify({ ...page, roots: [page.roots[0]] }))).toMatchObject({ ok: false });
    expect(parseServerMessage(JSON.stringify({ ...page, run: { runId: "x" } }))).toMatchObject({ ok: false });
    const bad = { ...page, roots: [{ ...page.roots[0], children: [{ kind: "nope" }] }, page.roots[1]] };
    const parsed = parseServerMessage(JSON.stringify(bad));
    expect(parsed).toMatchObject({ ok: true, problems: [expect.stringContaining("unknown element kind")] });
  });
});
