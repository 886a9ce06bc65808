// What an element's st function returns: its handle, whose methods replace it in place, as the
// DeltaGenerator Streamlit returns does (`bar = st.progress(0); bar.progress(50)`).
import { expect, test } from "vitest";
import { AppTest } from "rivulet/testing";

test("an element's handle replaces it, with any element, a widget or a block", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    const status = st.text("working…");
    st.text("after");
    status.text("done");
    const note = st.markdown("a note");
    note.empty();
    const spot = st.caption("a button goes here");
    const clicked = spot.button("Go");
    const row = st.info("columns go here");
    const [a, b] = row.columns(2);
    a.text("left");
    b.text("right");
    st.text(String(clicked));
  `).run();
  expect(at.exception).toEqual([]);
  expect(at.main.children.map((child) => ("kind" in child ? `${child.kind}:${String(child.value)}` : `block:${child.block}`))).toEqual([
    "text:done",
    "text:after",
    "block:empty",
    "button:false",
    "block:horizontal",
    "text:false",
  ]);
  expect(at.markdown).toEqual([]);
  expect(at.info).toEqual([]);
});

test("a handle takes one element; one from an earlier run replaces nothing", async () => {
  let at = await AppTest.fromString(`
    import * as st from "rivulet";
    st.text("x").write("a", 1);
  `).run();
  expect(at.exception[0]!.value).toMatch(/^Cannot replace a single element with multiple elements\./);
  at = await AppTest.fromString(`
    import * as st from "rivulet";
    if (st.sessionState.kept) st.sessionState.kept.text("again");
    st.sessionState.kept = st.text("first");
    st.button("rerun");
  `).run();
  await at.button[0]!.click().run();
  expect(at.exception[0]!.value).toBe(
    "This element's handle belongs to an earlier run: an element can be replaced through its handle only in the run that wrote it.",
  );
  at = await AppTest.fromString(`import * as st from "rivulet";\nst.text("x").with(() => st.text("y"));`).run();
  expect(at.exception[0]!.value).toMatch(/^An element's handle is not a container/);
});
