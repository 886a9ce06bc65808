// st.echo shows the source of the function it runs (Streamlit's `with st.echo():` shows the
// block's lines), which only the compiler has: for `st.echo(() => { ... }, options)` (or a
// function of this file by name), the body's text as written, dedented, goes to the runtime
// as an argument after the options (the transform adds it). A call the compiler cannot read the
// body of (a function from a parameter, a spread) gets none, and st.echo says so when it runs.
import type * as t from "@babel/types";
import type { SourceFile } from "../../utils/source-file.ts";
import { onNamespace, type StCall } from "./analysis.ts";
import { resolveLocalFunction } from "./local-functions.ts";

export function findEchoSources(calls: Iterable<StCall>, file: SourceFile): Map<t.CallExpression, string> {
  const sources = new Map<t.CallExpression, string>();
  for (const call of calls) {
    if (call.method !== "echo" || !onNamespace(call)) continue;
    const args = call.path.get("arguments");
    if (args.length < 1 || args.length > 2 || args.some((a) => a.isSpreadElement())) continue;
    const fn = resolveLocalFunction(args[0]!);
    const body = fn?.node.body;
    if (!body || body.start == null || body.end == null) continue;
    // A block's text is what its braces hold; an arrow's expression body is the expression.
    const text = body.type === "BlockStatement" ? file.source.slice(body.start + 1, body.end - 1) : file.source.slice(body.start, body.end);
    sources.set(call.path.node, dedent(text));
  }
  return sources;
}

/** Python's textwrap.dedent, as Streamlit shows the block, without the blank lines around it. */
export function dedent(text: string): string {
  const lines = text.split(/\r\n?|\n/).map((line) => (line.trim() === "" ? "" : line.trimEnd()));
  while (lines[0] === "") lines.shift();
  while (lines.at(-1) === "") lines.pop();
  const indents = lines.filter((line) => line !== "").map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((line) => line.slice(common)).join("\n");
}
