// Phase 1: source text → Babel AST (TypeScript syntax, ES module, top-level await allowed), or
// the errors that stop compilation here: a syntax error, JSX, or TypeScript that an ES module
// cannot hold (unsupported.ts).
import { parse as babelParse } from "@babel/parser";
import type * as t from "@babel/types";
import type { Diagnostic } from "@rivulet/runtime/protocol";
import { d } from "../../diagnostics/index.ts";
import { findUnsupported } from "./unsupported.ts";

export type ParseResult = { ok: true; ast: t.File } | { ok: false; diagnostics: Diagnostic[] };

interface BabelSyntaxError extends SyntaxError {
  loc?: { line: number; column: number };
}

export function parse(source: string, file: string): ParseResult {
  let ast: t.File;
  try {
    ast = babelParse(source, { sourceType: "module", sourceFilename: file, plugins: ["typescript"] });
  } catch (error) {
    const e = error as BabelSyntaxError;
    if (!(e instanceof SyntaxError) || !e.loc) throw error;
    const jsx = firstJsx(source, file);
    if (jsx !== null) return { ok: false, diagnostics: [d.jsx_not_supported({ file, source, start: jsx, end: jsx })] };
    const reason = e.message.replace(/ \(\d+:\d+\)$/, "");
    const at = { line: e.loc.line, column: e.loc.column };
    return { ok: false, diagnostics: [d.syntax_error({ file, source, start: at, end: at }, { reason })] };
  }
  const unsupported = findUnsupported(ast, file, source);
  return unsupported.length > 0 ? { ok: false, diagnostics: unsupported } : { ok: true, ast };
}

/**
 * Where the first JSX element is, when the script is TypeScript with JSX in it (what made the
 * TypeScript parse fail); null when it is not JSX either. A second parse, only of files that
 * did not parse.
 */
function firstJsx(source: string, file: string): { line: number; column: number } | null {
  let ast: t.File;
  try {
    ast = babelParse(source, { sourceType: "module", sourceFilename: file, plugins: ["typescript", "jsx"], tokens: true });
  } catch {
    return null;
  }
  for (const token of ast.tokens ?? []) {
    const label = (token as { type: { label?: string } | string }).type;
    if (typeof label === "object" && label.label === "jsxTagStart") return (token as { loc: { start: { line: number; column: number } } }).loc.start;
  }
  return null;
}
