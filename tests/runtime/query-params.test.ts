// st.queryParams: the page URL's query parameters, kept in step with the page both ways.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const sent = (at: AppTest): string[] =>
  at.messages.flatMap((m) => (m.type === "queryParams" ? [m.query] : []));

describe("st.queryParams", () => {
  it("reads the page's query: the last value of a repeated key, getAll for every one, `in`, toDict", async () => {
    const at = await AppTest.fromString(
      `
      import * as st from "rivulet";
      st.write({
        tab: st.queryParams.tab ?? null,
        tags: st.queryParams.tags ?? null,
        all: st.queryParams.getAll("tags"),
        none: st.queryParams.getAll("none"),
        get: st.queryParams.get("tab") ?? null,
        has: ["tab" in st.queryParams, "none" in st.queryParams],
        keys: Object.keys(st.queryParams),
        dict: st.queryParams.toDict(),
      });
    `,
      { queryParams: { tab: "settings", tags: ["a", "b c"], empty: "" } },
    ).run();
    expect(at.json[0]!.value).toEqual({
      tab: "settings",
      tags: "b c",
      all: ["a", "b c"],
      none: [],
      get: "settings",
      has: [true, false],
      keys: ["tab", "tags", "empty"],
      dict: { tab: "settings", tags: "b c", empty: "" },
    });
    expect(sent(at)).toEqual([]);
  });

  it("a change by the script goes to the page at the end of the run, once, only when it changed", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      if (st.button("set")) {
        st.queryParams.page = 2;
        st.queryParams.tags = ["x", "y z"];
        st.queryParams.tags = ["x", "y z"];
        st.text("set");
      }
      if (st.button("same")) st.queryParams.page = "2";
      if (st.button("delete")) delete st.queryParams.page;
    `).run();
    expect(sent(at)).toEqual([]);
    await at.button[0]!.click().run();
    expect(sent(at)).toEqual(["page=2&tags=x&tags=y+z"]);
    expect(at.query).toBe("page=2&tags=x&tags=y+z");
    expect(at.queryParams).toEqual({ page: "2", tags: ["x", "y z"] });
    // The message comes after the run's elements and before its end.
    const types = at.messages.map((m) => m.type);
    expect(types.indexOf("queryParams")).toBeGreaterThan(types.lastIndexOf("patch"));
    expect(types.indexOf("queryParams")).toBeLessThan(types.indexOf("runFinished"));

    await at.button[1]!.click().run();
    expect(sent(at)).toEqual([]);
    await at.button[2]!.click().run();
    expect(sent(at)).toEqual(["tags=x&tags=y+z"]);
  });

  it("clear and fromDict replace everything; a change undone in the same run sends nothing", async () => {
    const at = await AppTest.fromString(
      `
      import * as st from "rivulet";
      if (st.button("clear")) st.queryParams.clear();
      if (st.button("fromDict")) st.queryParams.fromDict({ a: "1", b: ["2", "3"] });
      if (st.button("undo")) { st.queryParams.tmp = "x"; delete st.queryParams.tmp; }
    `,
      { queryParams: { keep: "me" } },
    ).run();
    await at.button[2]!.click().run();
    expect(sent(at)).toEqual([]);
    await at.button[1]!.click().run();
    expect(sent(at)).toEqual(["a=1&b=2&b=3"]);
    await at.button[0]!.click().run();
    expect(sent(at)).toEqual([""]);
    expect(at.queryParams).toEqual({});
  });

  it("refuses an object value, and fromDict changes nothing when one of its values is refused", async () => {
    const at = await AppTest.fromString(
      `
      import * as st from "rivulet";
      const object = st.button("object");
      const fromDict = st.button("fromDict");
      if (object) st.queryParams.x = { a: 1 };
      if (fromDict) st.queryParams.fromDict({ ok: "1", bad: { a: 1 } } as any);
      st.text(JSON.stringify(st.queryParams.toDict()));
    `,
      { queryParams: { keep: "me" } },
    ).run();
    await at.button[0]!.click().run();
    expect(at.exception[0]!.type).toBe("RivuletAPIError");
    expect(at.exception[0]!.message).toMatch(/cannot set a query params key `x` to an object/);
    await at.button[1]!.click().run();
    expect(at.exception[0]!.message).toMatch(/`bad`/);
    await at.run();
    expect(at.text[0]!.value).toBe('{"keep":"me"}');
    expect(at.query).toBe("keep=me");
  });

  it("a URL change on the page (back/forward) updates them and reruns the app, state kept", async () => {
    const at = await AppTest.fromString(
      `
      import * as st from "rivulet";
      st.sessionState.runs = (st.sessionState.runs ?? 0) + 1;
      st.text("tab " + (st.queryParams.tab ?? "none") + " run " + st.sessionState.runs);
    `,
      { queryParams: { tab: "a" } },
    ).run();
    expect(at.text[0]!.value).toBe("tab a run 1");
    at.queryParams.tab = "b";
    await at.run();
    expect(at.outcomes).toEqual(["completed"]);
    expect(at.text[0]!.value).toBe("tab b run 2");
    delete at.queryParams.tab;
    await at.run();
    expect(at.text[0]!.value).toBe("tab none run 3");
    expect(sent(at)).toEqual([]);
  });

  it("decodes the page's query as a browser encodes it, and rejects a malformed message", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.write(st.queryParams.toDict());
      st.write(st.queryParams.getAll("q"));
    `).run();
    at.send(JSON.stringify({ type: "queryParams", query: "q=caf%C3%A9+au+lait&q=100%25&bad=%E0%A4%A&flag" }));
    await at.run();
    expect(at.json[0]!.value).toEqual({ q: "100%", bad: "%E0%A4%A", flag: "" });
    expect(at.json[1]!.value).toEqual(["café au lait", "100%"]);
    at.send(JSON.stringify({ type: "queryParams", query: 3 }));
    expect(at.errors).toEqual(['Malformed "queryParams" message: "query" must be a string.']);
  });
});
