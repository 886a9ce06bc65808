// Finds the reads of the st members bound to a session (`st.sessionState`, `st.queryParams`):
// `st.sessionState` and `st["sessionState"]` on the namespace under any local name, through
// TypeScript wrappers (`(st as any).sessionState`), and references to named imports
// (`import { queryParams as qp } from "rivulet"`). Phase 3 rewrites each to `$rt.<member>`.
// Bindings resolve shadowing: a local `sessionState` or a parameter named `st` is not rivulet's.
import type { Binding, NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import type { RivuletImports } from "./imports.ts";
import { SESSION_BOUND_MEMBERS } from "./st-api.ts";
import { isWrapper, propertyName } from "./unwrap.ts";

/** The expression node (a member expression or an identifier) → the member it reads. */
export type SessionBoundReads = Map<t.Node, string>;

export function findSessionBoundReads(imports: RivuletImports): SessionBoundReads {
  const reads: SessionBoundReads = new Map();
  for (const binding of imports.namespaces) {
    for (const ref of binding.referencePaths) {
      const member = memberOf(ref);
      if (member) reads.set(member.node, member.name);
      // `const { sessionState } = st`: each use of the local name reads the member.
      for (const [local, name] of destructured(ref)) for (const use of local.referencePaths) if (use.isIdentifier()) reads.set(use.node, name);
    }
  }
  for (const [binding, imported] of imports.named) {
    if (!SESSION_BOUND_MEMBERS.has(imported)) continue;
    for (const ref of binding.referencePaths) {
      // `export { sessionState }` names the binding; it does not read it.
      if (ref.isIdentifier() && !ref.parentPath?.isExportSpecifier()) reads.set(ref.node, imported);
    }
  }
  return reads;
}

/**
 * The constant local bindings that `const { sessionState, queryParams: qp } = st` makes of
 * the session-bound members, when `ref` is that `st`. A `let` may be given another value later:
 * it is left alone.
 */
function destructured(ref: NodePath): [Binding, string][] {
  let inner: NodePath = ref;
  while (inner.parentPath && isWrapper(inner.parentPath.node) && inner.key === "expression") inner = inner.parentPath;
  const declarator = inner.parentPath;
  if (!declarator?.isVariableDeclarator() || inner.key !== "init" || declarator.node.id.type !== "ObjectPattern") return [];
  const found: [Binding, string][] = [];
  for (const property of declarator.node.id.properties) {
    if (property.type !== "ObjectProperty" || property.value.type !== "Identifier") continue;
    const name = propertyName(property.key, property.computed);
    if (name === null || !SESSION_BOUND_MEMBERS.has(name)) continue;
    const local = declarator.scope.getBinding(property.value.name);
    if (local?.constant) found.push([local, name]);
  }
  return found;
}

/** `st.sessionState` when `ref` is the `st` of one (possibly wrapped: `(st as any)`). */
function memberOf(ref: NodePath): { node: t.Node; name: string } | null {
  let inner: NodePath = ref;
  while (inner.parentPath && isWrapper(inner.parentPath.node) && inner.key === "expression") inner = inner.parentPath;
  const parent = inner.parentPath;
  if (!parent || inner.key !== "object") return null;
  if (!parent.isMemberExpression() && !parent.isOptionalMemberExpression()) return null;
  const name = propertyName(parent.node.property, parent.node.computed);
  return name !== null && SESSION_BOUND_MEMBERS.has(name) ? { node: parent.node, name } : null;
}
