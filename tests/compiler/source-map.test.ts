// The source map leads from the compiled module back to the user's script, so that an
// exception's stack can point at the user's line and column.
import { originalPositionFor, TraceMap, type SourceMapInput } from "@jridgewell/trace-mapping";
import { compile } from "@rivulet/compiler";
import { expect, test } from "vitest";

const source = `import * as st from "rivulet";
interface Row { n: number }
const rows: Row[] = [{ n: 1 }];

for (const row of rows) {
    st.write(row.n);
}
st.sidebar.button("Go");
`;

function generatedPosition(code: string, needle: string): { line: number; column: number } {
  const index = code.indexOf(needle);
  expect(index).toBeGreaterThanOrEqual(0);
  const before = code.slice(0, index).split("\n");
  return { line: before.length, column: before.at(-1)!.length };
}

test("a generated $rt.call maps back to the original call", () => {
  const { code, map } = compile(source, { filename: "/app/app.ts" });
  const tracer = new TraceMap(map as SourceMapInput);
  expect(tracer.sources).toEqual(["/app/app.ts"]);
  expect(tracer.sourcesContent).toEqual([source]);

  const write = originalPositionFor(tracer, generatedPosition(code!, '$rt.call("write.0"'));
  expect(write).toMatchObject({ source: "/app/app.ts", line: 6, column: 4 });

  const button = originalPositionFor(tracer, generatedPosition(code!, '$rt.call("button.0"'));
  expect(button).toMatchObject({ line: 8, column: 0 });
});

test("the map is source map v3 with the file in sources", () => {
  const { map } = compile(source, { filename: "app.ts" });
  expect(map).toMatchObject({ version: 3, sources: ["app.ts"], sourcesContent: [source] });
});

test("a script that does not parse has no code and no map", () => {
  const result = compile("st.header(", { filename: "app.ts" });
  expect(result).toMatchObject({ code: null, map: null, diagnostics: [{ code: "syntax_error", severity: "error" }] });
});
