// A diagnostic's code frame (@babel/code-frame, no colors), over only the lines it shows: a
// line of a megabyte is cut to a window around the column, and control characters (a NUL)
// show as their Unicode pictures, so the frame stays short and printable.
import { codeFrameColumns } from "@babel/code-frame";

type Position = { line: number; column: number };

const LINES_ABOVE = 2;
const LINES_BELOW = 3;
/** Lines longer than this are cut to a window of this width. */
const WIDTH = 160;
/** How far left of the marked column the window starts. */
const LEAD = 40;

export function codeFrame(source: string, start: Position, end: Position, lineStarts?: readonly number[]): string {
  const first = Math.max(1, start.line - LINES_ABOVE);
  const last = end.line + LINES_BELOW;
  const lines = lineStarts === undefined ? linesOf(source, first, last) : linesAt(source, lineStarts, first, last);
  const long = lines.some((line) => line.length > WIDTH);
  // One window for every line shown, so that the columns of the lines still line up.
  const from = long ? Math.max(0, start.column - LEAD) : 0;
  const cut = (line: string) => {
    if (!long) return printable(line);
    const body = printable(line.slice(from, from + WIDTH));
    return (from > 0 ? "…" : "") + body + (line.length > from + WIDTH ? "…" : "");
  };
  // Lines stay the file's (`startLine` numbers the frame); columns move with the window.
  const shift = (p: Position) => ({ line: p.line, column: Math.min(Math.max(0, p.column - from) + (from > 0 ? 1 : 0), WIDTH + 1) });
  return codeFrameColumns(lines.map(cut).join("\n"), { start: shift(start), end: shift(end) }, { highlightCode: false, startLine: first, linesAbove: LINES_ABOVE, linesBelow: LINES_BELOW });
}

/** Lines `from`..`to` (1-based, inclusive) of `source`, without reading past them. */
function linesOf(source: string, from: number, to: number): string[] {
  const lines: string[] = [];
  const breaks = /\r\n?|[\n\u2028\u2029]/g;
  let line = 1;
  let offset = 0;
  while (line <= to) {
    const match = breaks.exec(source);
    const endOfLine = match === null ? source.length : match.index;
    if (line >= from) lines.push(source.slice(offset, endOfLine));
    if (match === null) break;
    offset = match.index + match[0].length;
    line++;
  }
  return lines;
}

/** The same lines, sliced by where they start. */
function linesAt(source: string, starts: readonly number[], from: number, to: number): string[] {
  const lines: string[] = [];
  for (let line = from; line <= Math.min(to, starts.length); line++) {
    const start = starts[line - 1]!;
    const next = starts[line] ?? source.length + 1;
    lines.push(source.slice(start, next).replace(/(\r\n?|[\n\u2028\u2029])$/, ""));
  }
  return lines;
}

/** Control characters (but tabs) as their pictures (U+2400…), one column each as before. */
function printable(line: string): string {
  return line.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => String.fromCharCode(c === "\u007f" ? 0x2421 : 0x2400 + c.charCodeAt(0)));
}
