// The catch clauses that would catch what `path` throws, in the function it is in (a caller's
// are out of sight), innermost first: a `try` whose block holds it.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";

export function catchesAround(path: NodePath): NodePath<t.CatchClause>[] {
  const handlers: NodePath<t.CatchClause>[] = [];
  for (let p = path; p.parentPath && !p.isFunction(); p = p.parentPath) {
    const parent = p.parentPath;
    if (parent.isTryStatement() && p.key === "block" && parent.node.handler) handlers.push(parent.get("handler") as NodePath<t.CatchClause>);
  }
  return handlers;
}
