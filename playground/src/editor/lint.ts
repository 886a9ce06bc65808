// The compiler's diagnostics as CodeMirror's: the range it reports, its severity, its code with
// a link to the code's entry in the diagnostics reference.
import type { Diagnostic as CompilerDiagnostic } from "@rivulet/runtime";
import type { Diagnostic } from "@codemirror/lint";
import type { Text } from "@codemirror/state";
import type { RunError } from "../messages.ts";

/** The reference the build writes beside the pages (`_rivulet/diagnostics.html`, as the server's). */
export const DIAGNOSTICS_PAGE = "_rivulet/diagnostics.html";

export function toEditor(diagnostics: readonly CompilerDiagnostic[], doc: Text): Diagnostic[] {
  return diagnostics.map((d) => {
    const from = offset(doc, d.loc.line, d.loc.column);
    const to = Math.max(offset(doc, d.loc.endLine, d.loc.endColumn), from);
    return {
      from,
      to,
      severity: d.severity,
      source: d.code,
      message: d.message,
      renderMessage: () => message(d),
    };
  });
}

/** An exception of the last run: the line it was thrown from (its text, without indentation), as the app shows it. */
export function runErrorMarks(errors: readonly RunError[], doc: Text): Diagnostic[] {
  return errors.map((error) => {
    const line = doc.lineAt(offset(doc, error.line, error.column));
    const from = line.from + (line.text.length - line.text.trimStart().length);
    return { from, to: Math.max(line.to, from), severity: "error", source: "run", message: `Uncaught: ${error.message}` };
  });
}

/** A diagnostic's line and column (both from 1, as editors and stack frames count) as an offset, clamped into the document. */
function offset(doc: Text, line: number, column: number): number {
  if (line < 1) return 0;
  if (line > doc.lines) return doc.length;
  const at = doc.line(line);
  return Math.min(at.from + Math.max(column - 1, 0), at.to);
}

function message(d: CompilerDiagnostic): Node {
  const box = document.createElement("span");
  const link = document.createElement("a");
  link.href = `${DIAGNOSTICS_PAGE}#${encodeURIComponent(d.code)}`;
  link.target = "_blank";
  link.rel = "noopener";
  link.textContent = d.code;
  link.className = "rv-code";
  box.append(link, ` ${d.message}`);
  return box;
}
