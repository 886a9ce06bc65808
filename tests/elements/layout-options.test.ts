// st.container's and st.columns' layout options (Streamlit 1.50): what reaches the page, the
// defaults left off the wire, `at.columns`, and Streamlit's errors.
import { expect, test } from "vitest";
import { AppTest } from "rivulet/testing";

test("a container's height, width, direction, alignment and gap reach the page; a fixed height brings a border", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    st.container({ height: 300 }).text("scrolls");
    st.container({ height: 300, border: false }).text("no border");
    st.container({ horizontal: true, horizontalAlignment: "distribute", verticalAlignment: "center", gap: null, width: "content" }).text("row");
    st.container().text("plain");
  `).run();
  const [fixed, borderless, row, plain] = at.blocks("vertical").slice(-4).map(({ node }) => {
    const { children: _children, kind: _kind, ...fields } = node;
    return fields;
  });
  expect(fixed).toEqual({ block: "vertical", border: true, height: 300 });
  expect(borderless).toEqual({ block: "vertical", height: 300 });
  expect(row).toEqual({ block: "vertical", width: "content", horizontal: true, horizontalAlignment: "distribute", verticalAlignment: "center", gap: "none" });
  expect(plain).toEqual({ block: "vertical" });
  expect(at.blocks("vertical").at(-3)!.text[0]!.value).toBe("no border");
});

test("columns: at.columns lists them with their weights; gap and verticalAlignment go on their row", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    const [a, b] = st.columns([2, 1], { gap: "large", verticalAlignment: "bottom", border: true });
    a.text("left");
    b.button("right");
  `).run();
  expect(at.columns.map((column) => [column.weight, column.border])).toEqual([[2, true], [1, true]]);
  expect(at.columns[0]!.text[0]!.value).toBe("left");
  expect(at.columns[1]!.button[0]!.label).toBe("right");
  const row = at.blocks("horizontal")[0]!.node;
  expect([row.gap, row.verticalAlignment]).toEqual(["large", "bottom"]);
});

test("raises Streamlit's errors", async () => {
  const cases: [string, string][] = [
    [`st.container({ height: -1 })`, "st.container: `height` should be a number of pixels, \"stretch\" or \"content\", not -1."],
    [`st.container({ width: "wide" as never })`, `st.container: \`width\` should be a number of pixels, "stretch" or "content", not "wide".`],
    [`st.container({ horizontalAlignment: "middle" as never })`, 'st.container: `horizontalAlignment` should be "left", "center", "right" or "distribute", not "middle".'],
    [`st.columns(2, { gap: "huge" as never })`, 'st.columns: `gap` should be "small", "medium", "large" or null, not "huge".'],
    [`st.columns(2, { verticalAlignment: "middle" as never })`, 'st.columns: `verticalAlignment` should be "top", "center" or "bottom", not "middle".'],
  ];
  for (const [call, message] of cases) {
    const at = await AppTest.fromString(`import * as st from "rivulet";\n${call};`).run();
    expect(at.exception[0]?.value, call).toBe(message);
  }
});
