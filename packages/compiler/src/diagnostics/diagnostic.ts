// Builds the one `Diagnostic` shape shared with the runtime: 1-based line and column,
// and a code frame (frame.ts).
import { codeFrame } from "./frame.ts";
import type { Diagnostic } from "@rivulet/runtime/protocol";

/** Where a diagnostic points, as Babel reports it: 1-based lines, 0-based columns. */
export interface Span {
  file: string;
  source: string;
  /** Where each line of `source` starts, when the caller has them: the frame then reads only its lines. */
  lineStarts?: readonly number[];
  start: { line: number; column: number };
  end: { line: number; column: number };
}

export function makeDiagnostic(code: string, severity: Diagnostic["severity"], message: string, span: Span): Diagnostic {
  const frame = codeFrame(span.source, span.start, span.end, span.lineStarts);
  return {
    code,
    severity,
    message,
    loc: {
      file: span.file,
      line: span.start.line,
      column: span.start.column + 1,
      endLine: span.end.line,
      endColumn: span.end.column + 1,
    },
    frame,
  };
}
