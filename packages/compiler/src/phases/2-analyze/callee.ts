// Decides whether a call is an st call site, and of which method. A call is one when its
// callee is a member of the st namespace (`st.header`), of an st container (`st.sidebar.button`,
// `c.text` with `const c = st.container()`, `a.write` with `const [a, b] = st.columns(2)`),
// or a named import from rivulet (`button("a")`).
import type { Binding, NodePath, Scope } from "@babel/traverse";
import type * as t from "@babel/types";
import type { RivuletImports } from "./imports.ts";
import { CONTAINER_ARRAY_METHODS, CONTAINER_METHODS, NAMESPACE_CONTAINERS } from "./st-api.ts";
import { propertyName, unwrap } from "./unwrap.ts";

export type Callee = { kind: "member"; method: string; onNamespace: boolean } | { kind: "named"; method: string };

export function classifyCallee(call: NodePath<t.CallExpression>, imports: RivuletImports): Callee | null {
  return classify(call.node, call.scope, imports, new Set());
}

function classify(call: t.CallExpression, scope: Scope, imports: RivuletImports, seen: Set<Binding>): Callee | null {
  const callee = unwrap(call.callee);
  if (callee.type === "Identifier") {
    const binding = scope.getBinding(callee.name);
    const name = binding && imports.named.get(binding);
    return name === undefined ? null : { kind: "named", method: name };
  }
  if (callee.type !== "MemberExpression") return null;
  const method = propertyName(callee.property, callee.computed);
  if (method === null) return null;
  if (isNamespace(callee.object, scope, imports)) return { kind: "member", method, onNamespace: true };
  if (isContainer(callee.object, scope, imports, seen)) return { kind: "member", method, onNamespace: false };
  return null;
}

function isNamespace(node: t.Node, scope: Scope, imports: RivuletImports): boolean {
  const n = unwrap(node);
  if (n.type !== "Identifier") return false;
  const binding = scope.getBinding(n.name);
  return binding !== undefined && imports.namespaces.has(binding);
}

function isContainer(node: t.Node, scope: Scope, imports: RivuletImports, seen: Set<Binding>): boolean {
  const n = unwrap(node);
  if (n.type === "CallExpression") return returns(n, CONTAINER_METHODS, scope, imports, seen);
  if (n.type === "MemberExpression") {
    if (n.computed) return isContainerArray(n.object, scope, imports, seen);
    const name = propertyName(n.property, false);
    return name !== null && NAMESPACE_CONTAINERS.has(name) && isNamespace(n.object, scope, imports);
  }
  if (n.type !== "Identifier") return false;
  const binding = scope.getBinding(n.name);
  if (!binding) return false;
  const imported = imports.named.get(binding);
  if (imported !== undefined) return NAMESPACE_CONTAINERS.has(imported);
  return followBinding(binding, imports, seen, "one");
}

function isContainerArray(node: t.Node, scope: Scope, imports: RivuletImports, seen: Set<Binding>): boolean {
  const n = unwrap(node);
  if (n.type === "CallExpression") return returns(n, CONTAINER_ARRAY_METHODS, scope, imports, seen);
  if (n.type !== "Identifier") return false;
  const binding = scope.getBinding(n.name);
  return binding !== undefined && followBinding(binding, imports, seen, "array");
}

function returns(call: t.CallExpression, methods: Set<string>, scope: Scope, imports: RivuletImports, seen: Set<Binding>): boolean {
  const callee = classify(call, scope, imports, seen);
  return callee !== null && methods.has(callee.method);
}

/** Does a constant binding hold a container (`want: "one"`) or an array of them (`"array"`)? */
function followBinding(binding: Binding, imports: RivuletImports, seen: Set<Binding>, want: "one" | "array"): boolean {
  if (!binding.constant || seen.has(binding) || !binding.path.isVariableDeclarator()) return false;
  seen.add(binding);
  const { id, init } = binding.path.node;
  const scope = binding.path.scope;
  const forOf = binding.path.parentPath?.parentPath;
  if (!init) {
    // `for (const col of cols)`: each element of an array of containers is a container.
    return want === "one" && forOf?.isForOfStatement() === true && isContainerArray(forOf.node.right, forOf.scope, imports, seen);
  }
  if (id.type === "Identifier") {
    return want === "one" ? isContainer(init, scope, imports, seen) : isContainerArray(init, scope, imports, seen);
  }
  // `const [a, b] = st.columns(2)`: each element is a container.
  return want === "one" && id.type === "ArrayPattern" && id.elements.includes(binding.identifier) && isContainerArray(init, scope, imports, seen);
}
