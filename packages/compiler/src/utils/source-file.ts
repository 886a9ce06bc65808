// The script being compiled, and how to turn its nodes and offsets into diagnostic spans.
import type * as t from "@babel/types";
import type { Span } from "../diagnostics/index.ts";
import { invariant } from "./invariant.ts";

export class SourceFile {
  readonly #lineStarts: number[] = [0];

  constructor(
    readonly file: string,
    readonly source: string,
  ) {
    for (const m of source.matchAll(/\r\n?|[\n\u2028\u2029]/g)) this.#lineStarts.push(m.index + m[0].length);
  }

  spanOfNode(node: t.Node): Span {
    invariant(node.loc, `node ${node.type} has no location`);
    const { start, end } = node.loc;
    return { file: this.file, source: this.source, lineStarts: this.#lineStarts, start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } };
  }

  /** The offset where the longest line starts. */
  longestLine(): number {
    let best = 0;
    let longest = -1;
    for (let i = 0; i < this.#lineStarts.length; i++) {
      const length = (this.#lineStarts[i + 1] ?? this.source.length) - this.#lineStarts[i]!;
      if (length > longest) [best, longest] = [this.#lineStarts[i]!, length];
    }
    return best;
  }

  spanOfRange(start: number, end: number): Span {
    return { file: this.file, source: this.source, lineStarts: this.#lineStarts, start: this.#position(start), end: this.#position(end) };
  }

  /** 1-based line, 0-based column (Babel's convention). */
  #position(offset: number): { line: number; column: number } {
    // The last line that starts at or before `offset` (a binary search: a file may have
    // thousands of diagnostics and a hundred thousand lines).
    let lo = 0;
    let hi = this.#lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.#lineStarts[lo]! };
  }
}
