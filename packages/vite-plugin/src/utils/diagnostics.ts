import { formatDiagnostic } from "@rivulet/compiler";
import type { Diagnostic } from "@rivulet/runtime/protocol";
import type { Rollup } from "vite";

/**
 * A compiler diagnostic as a Rollup error, the shape Vite's overlay and `vite build` print:
 * `loc` points at the user's source, `frame` is the compiler's code frame, `code` the
 * catalogue code. Rollup columns are 0-based, the compiler's 1-based.
 */
export function toRollupError(diagnostic: Diagnostic, others: Diagnostic[] = []): Rollup.RollupError {
  const { file, line, column } = diagnostic.loc;
  const more = others.length === 0 ? "" : `\n\n${others.length} more:\n${others.map(formatDiagnostic).join("\n\n")}`;
  return {
    message: `${diagnostic.message} [${diagnostic.code}]${more}`,
    id: file,
    loc: { file, line, column: column - 1 },
    frame: diagnostic.frame,
    code: diagnostic.code,
  };
}

export interface SortedDiagnostics {
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

export function sortDiagnostics(diagnostics: Diagnostic[]): SortedDiagnostics {
  return {
    errors: diagnostics.filter((d) => d.severity === "error"),
    warnings: diagnostics.filter((d) => d.severity !== "error"),
  };
}
