// A walk over the nodes under a root, for passes that only read nodes: without Babel's paths
// (which a full traversal allocates for every node: several times slower, and most of the
// garbage), and without recursion (input depth is unbounded). Parents come before their
// children; siblings in no particular order.
import * as t from "@babel/types";

/** Returned by a visit: do not walk this node's children. */
export const SKIP = Symbol("skip");

/**
 * Calls `visit` on every node under `root` (itself included) with the context its parent's
 * visit returned (`context` for the root); `visit` returns its children's context, or SKIP.
 */
export function walk<C>(root: t.Node, context: C, visit: (node: t.Node, context: C) => C | typeof SKIP): void {
  const stack: { node: t.Node; context: C }[] = [{ node: root, context }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const inner = visit(item.node, item.context);
    if (inner === SKIP) continue;
    for (const key of t.VISITOR_KEYS[item.node.type] ?? []) {
      const child = (item.node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const c of child) if (isNode(c)) stack.push({ node: c, context: inner });
      } else if (isNode(child)) stack.push({ node: child, context: inner });
    }
  }
}

function isNode(value: unknown): value is t.Node {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}
