// Writes to a widget's state: `st.sessionState.k = v`, `st.sessionState["k"] = v` (any
// assignment operator), also through a named import (`sessionState.k = v`).
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { isNamespace } from "./callee.ts";
import type { RivuletImports } from "./imports.ts";
import { literalKey } from "./options.ts";
import { propertyName, unwrap } from "./unwrap.ts";

/** The key a statement assigns in session state, when it is one such assignment. */
export function sessionStateKeySetBy(stmt: NodePath, imports: RivuletImports): { key: string; node: t.Node } | null {
  if (!stmt.isExpressionStatement()) return null;
  const expr = unwrap(stmt.node.expression);
  if (expr.type !== "AssignmentExpression" || expr.left.type !== "MemberExpression") return null;
  const { object, property, computed } = expr.left;
  const key = computed ? literalKey(property) : propertyName(property, false);
  return key !== null && isSessionState(object, stmt, imports) ? { key, node: expr } : null;
}

function isSessionState(node: t.Node, at: NodePath, imports: RivuletImports): boolean {
  const n = unwrap(node);
  if (n.type === "Identifier") {
    const binding = at.scope.getBinding(n.name);
    return binding !== undefined && imports.named.get(binding) === "sessionState";
  }
  return n.type === "MemberExpression" && propertyName(n.property, n.computed) === "sessionState" && isNamespace(n.object, at.scope, imports);
}

/**
 * Every statement of the file that assigns a key in session state, in source order: found from
 * the references to rivulet's imports, so the file is not walked again.
 */
export function sessionStateSets(imports: RivuletImports): { stmt: NodePath; key: string; node: t.Node }[] {
  const refs: NodePath[] = [];
  for (const binding of imports.namespaces) refs.push(...binding.referencePaths);
  for (const [binding, imported] of imports.named) if (imported === "sessionState") refs.push(...binding.referencePaths);
  const seen = new Set<t.Node>();
  const sets: { stmt: NodePath; key: string; node: t.Node }[] = [];
  for (const ref of refs) {
    const statement = ref.findParent((p) => p.isStatement());
    if (!statement || seen.has(statement.node)) continue;
    seen.add(statement.node);
    const set = sessionStateKeySetBy(statement, imports);
    if (set !== null) sets.push({ stmt: statement, ...set });
  }
  return sets.sort((a, b) => a.stmt.node.start! - b.stmt.node.start!);
}
