// Conformance with Streamlit 1.50: text elements, st.write, st.empty, st.columns, st.container,
// and which elements remain when a run ends by st.rerun, st.stop or an exception.
// Reference: lib/streamlit/elements/write.py (strings joined by spaces into one Markdown element,
// exceptions through st.exception, dicts and lists through st.json), lib/streamlit/elements/layouts.py
// (st.columns: "The input argument to st.columns must be either a positive integer or a list of
// positive numeric weights"), the st.empty docs (a single-element container: each write replaces
// the last), and the frontend clearing stale elements when a run finishes (completed, stopped or
// raised), but not when it stops for a rerun.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const shape = (at: AppTest) =>
  at.main.children.map((c) => ("kind" in c ? `${c.kind}:${String(c.value)}` : c.block));

describe("text elements and st.write (Streamlit 1.50)", () => {
  it("title, header, subheader, markdown and text show their body as a string", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.title("T"); st.header(42); st.subheader("S"); st.markdown("**m**"); st.text(3.5);
    `).run();
    expect(shape(at)).toEqual(["title:T", "header:42", "subheader:S", "markdown:**m**", "text:3.5"]);
  });

  it("st.write joins neighbouring strings into one Markdown element and splits around other values", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.write("a", "b", new RangeError("bad"), "c", ["x", 1], { k: { n: 2 } });
    `).run();
    expect(at.main.children.map((c) => ("kind" in c ? c.kind : c.block))).toEqual([
      "markdown",
      "exception",
      "markdown",
      "json",
      "json",
    ]);
    expect(at.markdown.map((m) => m.value)).toEqual(["a b", "c"]);
    expect(at.exception.map((e) => [e.type, e.message])).toEqual([["RangeError", "bad"]]);
    expect(at.json.map((j) => j.value)).toEqual([["x", 1], { k: { n: 2 } }]);
  });

  it("st.write of one string is one Markdown element", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.write("Hello, *World!*");
    `).run();
    expect(shape(at)).toEqual(["markdown:Hello, *World!*"]);
  });
});

describe("st.empty (Streamlit 1.50)", () => {
  it("holds one element: each write replaces the last, a widget included", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const slot = st.empty();
      slot.checkbox("first");
      slot.text("second");
      slot.header("third");
      st.text("after");
    `).run();
    const [slot] = at.main.children as any[];
    expect(slot.block).toBe("empty");
    expect(slot.children.map((c: any) => `${c.kind}:${c.value}`)).toEqual(["header:third"]);
    expect(at.checkbox).toHaveLength(0);
    expect(at.text.map((t) => t.value)).toEqual(["after"]);
  });

  it("is empty again in a run that writes nothing into it", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const slot = st.empty();
      if (st.checkbox("fill")) slot.text("filled");
      st.text("after");
    `).run();
    await at.checkbox[0]!.check().run();
    expect(at.text.map((t) => t.value)).toEqual(["filled", "after"]);
    await at.checkbox[0]!.uncheck().run();
    const [slot] = at.main.children as any[];
    expect(slot.children).toHaveLength(0);
    expect(at.text.map((t) => t.value)).toEqual(["after"]);
  });

  it("a container put into an empty holds several elements until the empty is written again", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const slot = st.empty();
      const box = slot.container();
      box.text("one");
      box.text("two");
      if (st.checkbox("replace")) slot.text("replaced");
    `).run();
    expect(at.text.map((t) => t.value)).toEqual(["one", "two"]);
    await at.checkbox[0]!.check().run();
    expect(at.text.map((t) => t.value)).toEqual(["replaced"]);
  });
});

describe("st.columns and st.container (Streamlit 1.50)", () => {
  it("rejects zero, negative and empty specs and non-positive weights", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      for (const spec of [0, -1, [], [1, 0], [2, -1]] as any[]) {
        try { st.columns(spec); st.text("accepted"); }
        catch (e: any) { st.text(e.name + ": " + e.message); }
      }
    `).run();
    expect(at.text).toHaveLength(5);
    for (const t of at.text) {
      expect(t.value).toMatch(
        /^RivuletAPIError: st\.columns: `spec` should be a positive integer or a list of positive numeric weights, not /,
      );
    }
  });

  it("n columns are n equal containers inside one row, in order", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const cols = st.columns(3);
      cols[2]!.text("c"); cols[0]!.text("a"); cols[1]!.button("b");
      st.text("below");
    `).run();
    const [row, below] = at.main.children as any[];
    expect(row.block).toBe("horizontal");
    expect(row.children.map((c: any) => [c.block, c.node.weight, c.children.map((x: any) => x.label ?? x.value)])).toEqual([
      ["column", 1, ["a"]],
      ["column", 1, ["b"]],
      ["column", 1, ["c"]],
    ]);
    expect(below.value).toBe("below");
  });

  it("a container keeps its place and fills in the order of writes, across runs", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const box = st.container();
      st.text("after box");
      const n = st.slider("n", { maxValue: 3, value: 2 });
      for (let i = 0; i < n; i++) box.text("item " + i);
    `).run();
    expect(at.text.map((t) => t.value)).toEqual(["item 0", "item 1", "after box"]);
    await at.slider[0]!.setValue(1).run();
    expect(at.text.map((t) => t.value)).toEqual(["item 0", "after box"]);
  });
});

describe("what remains when a run ends (Streamlit 1.50)", () => {
  it("after st.rerun, only what the following run wrote remains", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.n = (st.sessionState.n ?? 0) + 1;
      const many = st.checkbox("many", { value: true });
      st.text("a");
      if (st.sessionState.n === 2) st.rerun();
      if (many) { st.text("b"); st.text("c"); }
    `).run();
    expect(at.text.map((t) => t.value)).toEqual(["a", "b", "c"]);
    await at.checkbox[0]!.uncheck().run();
    expect(at.outcomes).toEqual(["rerun", "completed"]);
    expect(at.text.map((t) => t.value)).toEqual(["a"]);
  });

  it("st.stop keeps what was written before it, in nested blocks and the sidebar too", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const [left, right] = st.columns(2);
      left.text("left 1");
      st.sidebar.text("side 1");
      if (st.checkbox("stop")) st.stop();
      left.text("left 2");
      right.text("right");
      st.sidebar.text("side 2");
    `).run();
    await at.checkbox[0]!.check().run();
    expect(at.outcomes).toEqual(["stopped"]);
    expect(at.text.map((t) => t.value)).toEqual(["left 1", "side 1"]);
    const [row] = at.main.children as any[];
    expect(row.children.map((c: any) => c.children.length)).toEqual([1, 0]);
  });

  it("an exception raised while computing a container call's argument is shown in the main flow, after the container", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text("top");
      const fail = st.checkbox("fail");
      const box = st.container();
      box.text("in box");
      if (fail) box.text(JSON.parse("{"));
      st.text("bottom");
    `).run();
    await at.checkbox[0]!.check().run();
    expect(at.outcomes).toEqual(["exception"]);
    expect(shape(at)).toEqual(["text:top", "checkbox:true", "vertical", expect.stringMatching(/^exception:/)]);
    expect((at.main.children[2] as any).children.map((c: any) => c.value)).toEqual(["in box"]);
    expect(at.exception[0]!.type).toBe("SyntaxError");
  });
});

describe("alerts", () => {
  it("st.error, st.warning, st.info and st.success show their text with an optional icon", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.error("bad");
      st.warning("careful", { icon: "⚠️" });
      st.info("fyi");
      st.sidebar.success("done");
    `).run();
    expect(at.error.map((e) => e.value)).toEqual(["bad"]);
    expect(at.warning.map((e) => [e.value, (e.node as { icon?: string }).icon])).toEqual([["careful", "⚠️"]]);
    expect(at.info.map((e) => e.value)).toEqual(["fyi"]);
    expect(at.success.map((e) => e.value)).toEqual(["done"]);
  });
});
