// Phase 1: source text → Babel AST (TypeScript syntax, ES module, top-level await allowed).
import { parse as babelParse } from "@babel/parser";
import type * as t from "@babel/types";
import type { Diagnostic } from "@rivulet/runtime/protocol";
import { d } from "../../diagnostics/index.ts";

export type ParseResult = { ok: true; ast: t.File } | { ok: false; diagnostic: Diagnostic };

interface BabelSyntaxError extends SyntaxError {
  loc?: { line: number; column: number };
}

export function parse(source: string, file: string): ParseResult {
  try {
    const ast = babelParse(source, { sourceType: "module", sourceFilename: file, plugins: ["typescript"] });
    return { ok: true, ast };
  } catch (error) {
    const e = error as BabelSyntaxError;
    if (!(e instanceof SyntaxError) || !e.loc) throw error;
    const reason = e.message.replace(/ \(\d+:\d+\)$/, "");
    const at = { line: e.loc.line, column: e.loc.column };
    return { ok: false, diagnostic: d.syntax_error({ file, source, start: at, end: at }, { reason }) };
  }
}
