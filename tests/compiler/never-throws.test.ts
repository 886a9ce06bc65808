// compile() never throws (issue 9): what overflows the stack is `nested_too_deeply`, TypeScript
// an ES module cannot hold is `unsupported_syntax`, JSX is `jsx_not_supported`, and whatever
// else a phase throws is `internal_error`, each a diagnostic on the file, with no code.
import { describe, expect, test } from "vitest";
import { compile } from "@rivulet/compiler";

const H = 'import * as st from "rivulet";\n';
const deep: [string, string][] = [
  ["nested parentheses", `st.text(${"(".repeat(3000)}1${")".repeat(3000)});`],
  ["nested array literals", `const a = ${"[".repeat(3000)}${"]".repeat(3000)};`],
  ["nested calls", `st.text(${"String(".repeat(2000)}1${")".repeat(2000)});`],
  ["nested if blocks", `${"if (Math.random() > 0.5) {".repeat(3000)}st.text("x");${"}".repeat(3000)}`],
  ["nested IIFEs", `${"(() => {".repeat(2000)}st.text("x");${"})();".repeat(2000)}`],
  ["a + chain", `st.text(${Array.from({ length: 20000 }, (_, i) => `"${i}"`).join(" + ")});`],
  ["an else-if chain", `const x = Math.random();\n${Array.from({ length: 8000 }, (_, i) => `if (x === ${i}) st.text("${i}");`).join(" else ")}`],
  ["chained containers", `st${".container()".repeat(6000)}.text("x");`],
];

describe("deep nesting is a diagnostic, never a RangeError", () => {
  test.each(deep)("%s", (_, body) => {
    const result = compile(H + body, { filename: "deep.ts" });
    expect(result.code).toBeNull();
    expect(result.diagnostics.map((d) => d.code)).toEqual(["nested_too_deeply"]);
    const [diagnostic] = result.diagnostics;
    // The frame stays short however long the line.
    expect(diagnostic!.frame.length).toBeLessThan(2000);
    expect(diagnostic!.loc.line).toBeGreaterThan(1);
  });
});

// Depth the parser never sees: chains of bindings and of calls between functions, which the
// compiler's own passes follow. They follow them in loops, so these are not "nested too deeply".
const helpers = (n: number, last: string) =>
  Array.from({ length: n }, (_, i) => `function h${i}() { h${i + 1}(); }`).join("\n") + `\nfunction h${n}() { ${last} }\n`;
const chains: [string, string, string[]][] = [
  ["an alias cycle", "const a = b;\nconst b = a;\nst.fragment(a);\n", []],
  ["20,000 aliases of a fragment's function", `const f0 = () => st.rerun({ scope: "fragment" });\n${Array.from({ length: 20000 }, (_, i) => `const f${i + 1} = f${i};`).join("\n")}\nst.fragment(f20000)();\n`, []],
  ["20,000 aliases of a container", `const c0 = st.container();\n${Array.from({ length: 20000 }, (_, i) => `const c${i + 1} = c${i};`).join("\n")}\nc20000.text("x");\n`, []],
  ["3,000 chained containers in bindings", `const c0 = st.container();\n${Array.from({ length: 3000 }, (_, i) => `const c${i + 1} = c${i}.container();`).join("\n")}\nc3000.text("x");\n`, []],
  ["a form's submit button 5,000 helpers down", `${helpers(5000, 'st.formSubmitButton("Go");')}const f = st.form("f");\nf.with(() => h0());\n`, []],
  ["a form whose 5,000 helpers write no submit button", `${helpers(5000, 'st.text("no button");')}const f = st.form("f");\nf.with(() => h0());\n`, ["form_without_submit_button"]],
];

describe("long chains the checks follow compile, with what they find", () => {
  test.each(chains)("%s", (_, body, codes) => {
    const result = compile(H + body, { filename: "chain.ts" });
    expect(result.diagnostics.map((d) => d.code)).toEqual(codes);
    expect(result.code).not.toBeNull();
  });
});

test("a control character in the frame is shown as its picture, not raw", () => {
  const result = compile(`${H}st.text("a\u0000b";\n`, { filename: "nul.ts" });
  expect(result.diagnostics[0]!.code).toBe("syntax_error");
  expect(result.diagnostics[0]!.frame).toContain("a\u2400b");
  expect(result.diagnostics[0]!.frame).not.toContain("\u0000");
});

test("a megabyte line is cut in the frame around the column it marks", () => {
  const result = compile(`${H}const s = "${"x".repeat(1_000_000)}"; st.text(s;\n`, { filename: "long.ts" });
  const [diagnostic] = result.diagnostics;
  expect(diagnostic!.code).toBe("syntax_error");
  expect(diagnostic!.frame.length).toBeLessThan(1000);
  expect(diagnostic!.frame).toContain("st.text(s;");
});

test("whatever else a phase throws is an internal_error naming it, and no code", () => {
  // A throw from inside the transform: the import rewriter it is given.
  const result = compile(`${H}st.text("x");\n`, {
    filename: "fault.ts",
    rewriteImport: () => {
      throw new TypeError("boom in transform");
    },
  });
  expect(result.code).toBeNull();
  expect(result.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
    ["internal_error", "error", "the compiler failed on this file (TypeError: boom in transform): this is a Rivulet bug, please report it with the file"],
  ]);
});

describe("the bytes of a file", () => {
  test("a byte that is not UTF-8 is reported where it is, not replaced", () => {
    const bytes = new Uint8Array([...Buffer.from(`${H}st.text("caf`), 0xe9, ...Buffer.from(`");\n`)]);
    const result = compile(bytes, { filename: "latin1.ts" });
    expect(result.code).toBeNull();
    expect(result.diagnostics.map((d) => [d.code, d.message, d.loc.line, d.loc.column])).toEqual([
      ["invalid_encoding", "the file is not UTF-8: byte 0xE9 here is not part of any character", 2, 13],
    ]);
  });

  test("UTF-8 bytes compile as their text; a byte-order mark shifts no column", () => {
    const text = `${H}st.text("café")\n`;
    const fromBytes = compile(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)]), { filename: "bom.ts" });
    expect(fromBytes.code).toBe(compile(text, { filename: "bom.ts" }).code);
    const bad = compile(`\uFEFFst.text(;\n`, { filename: "bom.ts" });
    expect(bad.diagnostics[0]!.loc.column).toBe(9);
  });
});
