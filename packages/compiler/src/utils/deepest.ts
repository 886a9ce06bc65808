// Where code is nested deepest, found without recursion: for the `nested_too_deeply`
// diagnostic, reported when a phase (or a library under it) overflowed the stack on that code.
import * as t from "@babel/types";

export interface Deepest {
  depth: number;
  /** Offsets in the source of what sits deepest. */
  start: number;
  end: number;
}

/** The node nested deepest in `ast`, and how deep (in nodes). */
export function deepestNode(ast: t.Node): Deepest {
  let best: Deepest = { depth: 0, start: ast.start ?? 0, end: ast.end ?? 0 };
  const stack: { node: t.Node; depth: number }[] = [{ node: ast, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, depth } = item;
    if (depth > best.depth && node.start != null && node.end != null) best = { depth, start: node.start, end: node.end };
    for (const key of t.VISITOR_KEYS[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const c of child) if (isNode(c)) stack.push({ node: c, depth: depth + 1 });
      } else if (isNode(child)) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return best;
}

/**
 * Where brackets nest deepest in `source`, for code that did not parse (the parser itself ran
 * out of stack). Strings, template literals and comments are skipped, roughly: a position to
 * look at, not a parse.
 */
export function deepestBracket(source: string): Deepest {
  let depth = 0;
  let best: Deepest = { depth: 0, start: 0, end: 0 };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "/" && source[i + 1] === "/") i = endOf(source, "\n", i + 2) - 1;
    else if (c === "/" && source[i + 1] === "*") i = endOf(source, "*/", i + 2) + 1;
    else if (c === '"' || c === "'" || c === "`") i = endOfString(source, c, i + 1);
    else if (c === "(" || c === "[" || c === "{") {
      depth++;
      if (depth > best.depth) best = { depth, start: i, end: i + 1 };
    } else if (c === ")" || c === "]" || c === "}") depth = Math.max(0, depth - 1);
  }
  return best;
}

function endOf(source: string, token: string, from: number): number {
  const at = source.indexOf(token, from);
  return at === -1 ? source.length : at;
}

function endOfString(source: string, quote: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === quote || (quote !== "`" && source[i] === "\n")) return i;
  }
  return source.length;
}

function isNode(value: unknown): value is t.Node {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}
