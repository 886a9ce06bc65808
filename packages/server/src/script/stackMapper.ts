// Rewrites stack frames of a module loaded from `url` so they point at the user's file,
// line and column, through the compiler's source map.

import { TraceMap, originalPositionFor } from "@jridgewell/trace-mapping";

export function stackMapper(url: string, map: object, file: string): (error: Error) => void {
  const tracer = new TraceMap(map as ConstructorParameters<typeof TraceMap>[0]);
  const frame = new RegExp(`${escape(url)}:(\\d+):(\\d+)`, "g");
  return (error) => {
    if (error.stack === undefined) return;
    error.stack = error.stack.replace(frame, (whole, line: string, column: string) => {
      const pos = originalPositionFor(tracer, { line: Number(line), column: Number(column) - 1 });
      return pos.line === null ? `${file}:?` : `${file}:${pos.line}:${pos.column + 1}`;
    });
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
