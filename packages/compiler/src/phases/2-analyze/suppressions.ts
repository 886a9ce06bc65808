// `// rivulet-ignore <code> [<code>...]` silences those codes: on the line after the comment,
// or on its own line when the comment ends a line of code. A reason may follow, as ESLint users
// write it: `-- reason`, or after a colon (`rivulet-ignore nested_form: the inner one is ours`).
// Block comments work too (`/* ... */`, `/** ... */`). Codes are checked against the catalogue:
// an unknown one is reported with the closest code suggested.
import type * as t from "@babel/types";
import type { Diagnostic } from "@rivulet/runtime/protocol";
import { checks, d, isCode, type Span } from "../../diagnostics/index.ts";

/** Stars and spaces (a JSDoc comment's), the directive, then its codes and any reason. */
const DIRECTIVE = /^([\s*]*rivulet-ignore\s+)(.*?)\s*$/s;
/** Where the codes end and the reason starts: ` -- ` or a colon. */
const REASON = /\s--(?:\s|$)|:/;

export function applySuppressions(ast: t.File, source: string, diagnostics: Diagnostic[], span: (start: number, end: number) => Span): Diagnostic[] {
  const ignored = new Map<number, Set<string>>();
  const unknown: Diagnostic[] = [];
  for (const comment of ast.comments ?? []) {
    const match = DIRECTIVE.exec(comment.value);
    if (!match || !comment.loc || comment.start == null) continue;
    const line = endsCodeLine(source, comment.start) ? comment.loc.start.line : comment.loc.end.line + 1;
    const codes = ignored.get(line) ?? new Set<string>();
    ignored.set(line, codes);
    const opener = 2; // the length of `//` or `/*`
    const list = match[2]!.split(REASON)[0]!;
    for (const found of list.matchAll(/[^\s,]+/g)) {
      const code = found[0];
      if (isCode(code)) {
        codes.add(code);
        continue;
      }
      const start = comment.start + opener + match[1]!.length + found.index;
      unknown.push(d.unknown_ignore_code(span(start, start + code.length), { code, suggestion: closestCode(code) }));
    }
  }
  return [...diagnostics.filter((diag) => !ignored.get(diag.loc.line)?.has(diag.code)), ...unknown];
}

/** Is there code before the comment on its line (`st.rerun(); // rivulet-ignore ...`)? */
function endsCodeLine(source: string, commentStart: number): boolean {
  const lineStart = Math.max(source.lastIndexOf("\n", commentStart - 1), source.lastIndexOf("\r", commentStart - 1)) + 1;
  return source.slice(lineStart, commentStart).trim() !== "";
}

function closestCode(word: string): string {
  let best = "";
  let bestDistance = Infinity;
  for (const code of Object.keys(checks)) {
    const distance = levenshtein(word, code);
    if (distance < bestDistance) [best, bestDistance] = [code, distance];
  }
  return best;
}

function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}
