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
  const scope = call.scope;
  const callee = unwrap(call.node.callee);
  if (callee.type === "Identifier") {
    const binding = scope.getBinding(callee.name);
    const name = binding && imports.named.get(binding);
    return name === undefined ? null : { kind: "named", method: name };
  }
  if (callee.type !== "MemberExpression") return null;
  const method = propertyName(callee.property, callee.computed);
  if (method === null) return null;
  if (isNamespace(callee.object, scope, imports)) return { kind: "member", method, target: { kind: "namespace" } };
  const container = containerOf({ node: callee.object, scope, want: "one" }, imports);
  return container ? { kind: "member", method, target: container } : null;
}

/** Is `node` the st namespace (`st` in `import * as st from "rivulet"`)? */
export function isNamespace(node: t.Node, scope: Scope, imports: RivuletImports): boolean {
  const n = unwrap(node);
  if (n.type !== "Identifier") return false;
  const binding = scope.getBinding(n.name);
  return binding !== undefined && imports.namespaces.has(binding);
}

/** An expression to trace: is it a container (`want: "one"`), or an array of them? */
interface Step {
  node: t.Node;
  scope: Scope;
  want: "one" | "array";
}

/**
 * What one step of the trace finds: the container the expression is, when this step says
 * (`created`, `sidebar`), and the step that must still lead back to st (`next`): the object a
 * container method is called on, the init of a binding. Null: not a container.
 */
type Found = { target?: ContainerTarget; next?: Step } | null;

/**
 * What the expression of `first` is as a container, traced along the calls and constant
 * bindings it comes from: `st.container().container().text`, `const b = a.container()`. A loop,
 * not a recursion: generated code chains thousands of `.container()` calls. The first container
 * the trace meets is the answer; the rest of the chain has only to lead back to st.
 */
function containerOf(first: Step, imports: RivuletImports): ContainerTarget | null {
  const seen = new Set<Binding>();
  let target: ContainerTarget | undefined;
  for (let step: Step | undefined = first; step !== undefined; ) {
    const found = stepOf(step, imports, seen);
    if (found === null) return null;
    target ??= found.target;
    step = found.next;
  }
  return target ?? null;
}

function stepOf({ node, scope, want }: Step, imports: RivuletImports, seen: Set<Binding>): Found {
  const n = unwrap(node);
  if (n.type === "CallExpression") return created(n, want === "one" ? CONTAINER_METHODS : CONTAINER_ARRAY_METHODS, scope, imports);
  if (n.type === "MemberExpression" && want === "one") {
    if (n.computed) return { next: { node: n.object, scope, want: "array" } };
    const name = propertyName(n.property, false);
    return name !== null && NAMESPACE_CONTAINERS.has(name) && isNamespace(n.object, scope, imports) ? { target: { kind: "sidebar" } } : null;
  }
  if (n.type !== "Identifier") return null;
  const binding = scope.getBinding(n.name);
  if (!binding) return null;
  const imported = imports.named.get(binding);
  if (imported !== undefined) return want === "one" && NAMESPACE_CONTAINERS.has(imported) ? { target: { kind: "sidebar" } } : null;
  const next = followBinding(binding, seen, want);
  return next === null ? null : { next };
}

/** A call of one of `methods` that makes containers: on st, a named import, or a container. */
function created(call: t.CallExpression, methods: ReadonlySet<string>, scope: Scope, imports: RivuletImports): Found {
  const target: Created = { kind: "created", by: call };
  const callee = unwrap(call.callee);
  if (callee.type === "Identifier") {
    const binding = scope.getBinding(callee.name);
    const name = binding && imports.named.get(binding);
    return name !== undefined && methods.has(name) ? { target } : null;
  }
  if (callee.type !== "MemberExpression") return null;
  const method = propertyName(callee.property, callee.computed);
  if (method === null || !methods.has(method)) return null;
  return isNamespace(callee.object, scope, imports) ? { target } : { target, next: { node: callee.object, scope, want: "one" } };
}

/** What a constant binding holds, to trace on: a container (`want: "one"`) or an array of them. */
function followBinding(binding: Binding, seen: Set<Binding>, want: "one" | "array"): Step | null {
  if (!binding.constant || seen.has(binding) || !binding.path.isVariableDeclarator()) return null;
  seen.add(binding);
  const { id, init } = binding.path.node;
  const scope = binding.path.scope;
  const forOf = binding.path.parentPath?.parentPath;
  if (!init) {
    // `for (const col of cols)`: each element of an array of containers is a container.
    return want === "one" && forOf?.isForOfStatement() === true ? { node: forOf.node.right, scope: forOf.scope, want: "array" } : null;
  }
  if (id.type === "Identifier") return { node: init, scope, want };
  // `const [a, b] = st.columns(2)`: each element is a container.
  const element = want === "one" && id.type === "ArrayPattern" && id.elements.includes(binding.identifier);
  return element ? { node: init, scope, want: "array" } : null;
}
