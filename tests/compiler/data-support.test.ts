// A module that may write data imports the runtime's data support (`import "rivulet/data"`,
// Apache Arrow under it), and only such a module: an app without data never loads Arrow.
import { compile } from "@rivulet/compiler";
import { expect, test } from "vitest";

const IMPORT = 'import "rivulet/data";';

function importsData(body: string, mode?: "library"): boolean {
  const result = compile(`import * as st from "rivulet";\n${body}\n`, { filename: "app.ts", ...(mode ? { mode } : {}) });
  expect(result.code, JSON.stringify(result.diagnostics)).not.toBeNull();
  return result.code!.includes(IMPORT);
}

test.each([
  ["st.dataframe(rows)", "const rows = [{ a: 1 }];\nst.dataframe(rows);"],
  ["a container's writer", "const [left] = st.columns(2);\nleft.lineChart({ a: [1, 2] });"],
  ["st.write of a value", "const n = [1, 2];\nst.write(n);"],
  ["st.write of text and a value", 'const n = 1;\nst.write("n is", n);'],
  ["magic of a value", "const rows = [{ a: 1 }];\nrows;"],
  ["a destructured writer", "const { table } = st;\ntable([[1]]);"],
  ["a writer by string key", 'st["dataEditor"]([{ a: 1 }]);'],
  ["a writer taken as a value", "const show = st.addRows;\nvoid show;"],
  ["the namespace passed on", "function helper(s: typeof st) { return s; }\nhelper(st);"],
  ["a computed member of the namespace", 'const name = "text" as const;\nst[name]("x");'],
  ["st.writeStream", 'st.writeStream(["a", "b"]);'],
])("imported: %s", (_, body) => {
  expect(importsData(body)).toBe(true);
});

test.each([
  ["text, headers and widgets", 'st.header("Hi");\nif (st.button("Go")) st.text("went");'],
  ["st.write of text only", 'const name = "x";\nst.write("Hello");\nst.write(`**${name}**`, 2);'],
  ["magic of text", '"## A title";\n`Hello ${1 + 1}`;'],
  ["a local variable named like a writer", "const table = 3;\nst.text(String(table));"],
  ["the namespace in types only", "type C = typeof st;\nconst c: st.Container | null = null;\nvoid (c as C | null);"],
  ["a key of an object literal", "const options = { dataframe: 1, write: 2 };\nst.json(options);"],
])("not imported: %s", (_, body) => {
  expect(importsData(body)).toBe(false);
});

test("a library module that writes data imports it too, first; one whose text merely mentions nothing does not", () => {
  expect(importsData("export function show(rows: unknown[]) { st.dataframe(rows); }", "library")).toBe(true);
  const plain = compile("export const twice = (n: number) => n * 2;\n", { filename: "lib.ts", mode: "library" });
  expect(plain.code).not.toContain(IMPORT);
  // Through the caller's rewriteImport, as every import is.
  const rewritten = compile('import * as st from "rivulet";\nst.dataframe([{ a: 1 }]);\n', { filename: "app.ts", rewriteImport: (s) => `/abs/${s}` });
  expect(rewritten.code!.startsWith('import "/abs/rivulet/data";')).toBe(true);
});
