// Decides whether a call is an st call site, of which method, and on what. A call is one when
// its callee is a member of the st namespace (`st.header`), of an st container
// (`st.sidebar.button`, `c.text` with `const c = st.container()`, `a.write` with
// `const [a, b] = st.columns(2)`), or a named import from rivulet (`button("a")`). A container is
// traced to the st call that created it, so that later analyses can tell which container it is.
import type { Binding, NodePath, Scope } from "@babel/traverse";
import type * as t from "@babel/types";
import type { Target } from "./analysis.ts";
import type { RivuletImports } from "./imports.ts";
import { CONTAINER_ARRAY_METHODS, CONTAINER_METHODS, NAMESPACE_CONTAINERS } from "./st-api.ts";
import { propertyName, unwrap } from "./unwrap.ts";

export type Callee = { kind: "member"; method: string; target: Target } | { kind: "named"; method: string };

/** A container target: anything but the namespace. */
type ContainerTarget = Exclude<Target, { kind: "namespace" }>;
type Created = Extract<Target, { kind: "created" }>;

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
  if (isNamespace(callee.object, scope, imports)) return { kind: "member", method, target: { kind: "namespace" } };
  const container = containerOf(callee.object, scope, imports, seen);
  return container ? { kind: "member", method, target: container } : null;
}

/** Is `node` the st namespace (`st` in `import * as st from "rivulet"`)? */
export function isNamespace(node: t.Node, scope: Scope, imports: RivuletImports): boolean {
  const n = unwrap(node);
  if (n.type !== "Identifier") return false;
  const binding = scope.getBinding(n.name);
  return binding !== undefined && imports.namespaces.has(binding);
}

function containerOf(node: t.Node, scope: Scope, imports: RivuletImports, seen: Set<Binding>): ContainerTarget | null {
  const n = unwrap(node);
  if (n.type === "CallExpression") return creates(n, CONTAINER_METHODS, scope, imports, seen);
  if (n.type === "MemberExpression") {
    if (n.computed) return containerArrayOf(n.object, scope, imports, seen);
    const name = propertyName(n.property, false);
    return name !== null && NAMESPACE_CONTAINERS.has(name) && isNamespace(n.object, scope, imports) ? { kind: "sidebar" } : null;
  }
  if (n.type !== "Identifier") return null;
  const binding = scope.getBinding(n.name);
  if (!binding) return null;
  const imported = imports.named.get(binding);
  if (imported !== undefined) return NAMESPACE_CONTAINERS.has(imported) ? { kind: "sidebar" } : null;
  return followBinding(binding, imports, seen, "one");
}

function containerArrayOf(node: t.Node, scope: Scope, imports: RivuletImports, seen: Set<Binding>): Created | null {
  const n = unwrap(node);
  if (n.type === "CallExpression") return creates(n, CONTAINER_ARRAY_METHODS, scope, imports, seen);
  if (n.type !== "Identifier") return null;
  const binding = scope.getBinding(n.name);
  return binding ? (followBinding(binding, imports, seen, "array") as Created | null) : null;
}

function creates(call: t.CallExpression, methods: ReadonlySet<string>, scope: Scope, imports: RivuletImports, seen: Set<Binding>): Created | null {
  const callee = classify(call, scope, imports, seen);
  return callee !== null && methods.has(callee.method) ? { kind: "created", by: call } : null;
}

/** What a constant binding holds: a container (`want: "one"`) or an array of them (`"array"`). */
function followBinding(binding: Binding, imports: RivuletImports, seen: Set<Binding>, want: "one" | "array"): ContainerTarget | null {
  if (!binding.constant || seen.has(binding) || !binding.path.isVariableDeclarator()) return null;
  seen.add(binding);
  const { id, init } = binding.path.node;
  const scope = binding.path.scope;
  const forOf = binding.path.parentPath?.parentPath;
  if (!init) {
    // `for (const col of cols)`: each element of an array of containers is a container.
    return want === "one" && forOf?.isForOfStatement() === true ? containerArrayOf(forOf.node.right, forOf.scope, imports, seen) : null;
  }
  if (id.type === "Identifier") {
    return want === "one" ? containerOf(init, scope, imports, seen) : containerArrayOf(init, scope, imports, seen);
  }
  // `const [a, b] = st.columns(2)`: each element is a container.
  const element = want === "one" && id.type === "ArrayPattern" && id.elements.includes(binding.identifier);
  return element ? containerArrayOf(init, scope, imports, seen) : null;
}
