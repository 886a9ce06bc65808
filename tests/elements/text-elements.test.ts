// Text elements through AppTest: st.code, st.latex, st.html, st.badge, st.json, st.exception.
import { expect, test } from "vitest";
import { AppTest } from "rivulet/testing";

test("st.code keeps the code's own indentation, Python by default; st.latex's value is Streamlit's", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    st.code("\\n  indented\\nline\\n\\n");
    st.code("x = 1", "typescript", { lineNumbers: true, wrapLines: true, height: 120 });
    st.code("plain", null);
    st.code("select 1", { language: "sql", lineNumbers: true });
    st.code("print(1)", { wrapLines: true });
    st.latex("  e^{i\\\\pi} + 1 = 0  ", { help: "Euler" });
  `).run();
  expect(at.get("code").map((c) => [c.value, c.language])).toEqual([
    ["  indented\nline\n", "python"],
    ["x = 1", "typescript"],
    ["plain", "plaintext"],
    ["select 1", "sql"],
    ["print(1)", "python"],
  ]);
  expect([at.get("code")[3]!.lineNumbers, at.get("code")[4]!.wrapLines]).toEqual([true, true]);
  expect([at.get("code")[1]!.lineNumbers, at.get("code")[1]!.wrapLines, at.get("code")[1]!.height]).toEqual([true, true, 120]);
  expect(at.latex[0]!.value).toBe("$$\ne^{i\\pi} + 1 = 0\n$$");
  expect(at.latex[0]!.help).toBe("Euler");
});

test("st.html marks style-only HTML; st.badge is Markdown; st.json parses strings and folds", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    st.html("<b>bold</b>");
    st.html("<style>.x { color: red }</style><!-- note -->");
    st.badge("New [beta]", { color: "green", icon: "🚀" });
    st.json('{"a": [1, 2]}', { expanded: 1 });
    st.json(new Map([["k", 1]]));
  `).run();
  expect(at.get("html").map((h) => [h.value, h.styleOnly])).toEqual([
    ["<b>bold</b>", false],
    ["<style>.x { color: red }</style><!-- note -->", true],
  ]);
  expect(at.markdown[0]!.value).toBe(":green-badge[🚀 New \\[beta\\]]");
  expect(at.json.map((j) => [j.value, j.expanded])).toEqual([
    [{ a: [1, 2] }, 1],
    [{ k: 1 }, undefined],
  ]);
});

test("st.exception shows a caught error as an uncaught one is shown, and the run goes on", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    try {
      JSON.parse("{");
    } catch (error) {
      st.exception(error);
    }
    st.text("after");
  `).run();
  expect(at.exception[0]!.type).toBe("SyntaxError");
  expect(at.exception[0]!.value).toMatch(/JSON/);
  expect(at.text[0]!.value).toBe("after");
  expect(at.outcomes.at(-1)).toBe("completed");
});

test("these elements raise Streamlit's errors", async () => {
  const cases: [string, string][] = [
    [`st.html("   ")`, "st.html: `body` should be non-empty HTML, not \"\"."],
    [`st.code("x", "python", { height: 0 })`, "st.code: `height` should be a number of pixels, \"stretch\" or \"content\", not 0."],
    [`st.code("x", 3 as never)`, "st.code: `language` should be a string or null, not 3."],
    [`st.badge("x", { color: "pink" as never })`, 'st.badge: `color` should be "red", "orange", "yellow", "blue", "green", "violet", "gray", "grey" or "primary", not "pink".'],
  ];
  for (const [call, message] of cases) {
    const at = await AppTest.fromString(`import * as st from "rivulet";\n${call};`).run();
    expect(at.exception[0]?.value, call).toBe(message);
  }
});
