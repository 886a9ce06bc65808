// Reports st.Page with a path made at run time (a template with expressions, a string
// concatenation): the compiler cannot see the file, so it is neither compiled nor bundled
// (./page-files.ts passes the loader of a literal path).
import type * as t from "@babel/types";
import { d } from "../../../diagnostics/index.ts";
import { onNamespace } from "../analysis.ts";
import type { CheckContext } from "./context.ts";

export function pageFileUnseen(ctx: CheckContext): void {
  for (const call of ctx.analysis.calls.values()) {
    if (call.method !== "Page" || !onNamespace(call)) continue;
    const first = call.path.node.arguments[0];
    // The compiler read the path after all (`pages/${"a"}.ts`, a const): the page has its loader.
    if (first === undefined || !madeString(first) || isPageFile(ctx.analysis.compilerArgs.get(call.path.node)?.value)) continue;
    const text = first.start != null && first.end != null ? ctx.span(first).source.slice(first.start, first.end) : "…";
    ctx.report(d.page_file_unseen(ctx.span(first), { file: text.length > 40 ? `${text.slice(0, 37)}...` : text }));
  }
}

function isPageFile(value: unknown): boolean {
  return typeof value === "object" && value !== null && "pageFile" in value;
}

/** A string made at run time, whatever its parts: a template with expressions, `"a" + b`. */
function madeString(node: t.Node): boolean {
  if (node.type === "TemplateLiteral") return node.expressions.length > 0;
  if (node.type === "BinaryExpression" && node.operator === "+") return isStringPart(node.left) || isStringPart(node.right);
  return false;
}

function isStringPart(node: t.Node): boolean {
  return node.type === "StringLiteral" || node.type === "TemplateLiteral" || madeString(node);
}
