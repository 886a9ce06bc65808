// The CLI's rendering of a diagnostic: "file:line:col severity code: message" and the frame.
import type { Diagnostic } from "@rivulet/runtime/protocol";

export function formatDiagnostic(d: Diagnostic): string {
  const { file, line, column } = d.loc;
  return `${file}:${line}:${column} ${d.severity} ${d.code}: ${d.message}\n${d.frame}`;
}
