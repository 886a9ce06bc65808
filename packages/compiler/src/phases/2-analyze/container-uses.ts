// Whether every use of a container an st call created is visible in the file: the container is
// only ever the target of st calls (`f.slider()`, `f.with(...)`, `cols[0].text()`,
// `for (const c of cols) c.text()`), never passed to a function, returned or stored elsewhere,
// where code the compiler cannot see could write into it.
import type { Binding, NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import type { StCall } from "./analysis.ts";
import { CONTAINER_ARRAY_METHODS } from "./st-api.ts";

type Calls = Map<t.CallExpression, StCall>;

export function usesAreVisible(creator: StCall, calls: Calls): boolean {
  const want = CONTAINER_ARRAY_METHODS.has(creator.method) ? "array" : "one";
  const use = outerOf(creator.path);
  const parent = use.parentPath;
  if (!parent) return false;
  if (parent.isExpressionStatement()) return true;
  if (want === "one" && isCallTarget(use, calls)) return true;
  if (want === "array" && isIndexed(use, calls)) return true;
  if (!parent.isVariableDeclarator() || use.key !== "init") return false;
  const id = parent.get("id");
  if (id.isIdentifier()) return bindingUsesVisible(parent.scope.getBinding(id.node.name), want, calls);
  // `const [a, b] = st.columns(2)`
  if (want !== "array" || !id.isArrayPattern()) return false;
  return id.get("elements").every((el) => el.node === null || (el.isIdentifier() && bindingUsesVisible(parent.scope.getBinding(el.node.name), "one", calls)));
}

function bindingUsesVisible(binding: Binding | undefined, want: "one" | "array", calls: Calls): boolean {
  if (!binding?.constant) return false;
  return binding.referencePaths.every((ref) => {
    const use = outerOf(ref);
    if (want === "one") return isCallTarget(use, calls);
    if (isIndexed(use, calls)) return true;
    // `for (const c of cols)`
    const loop = use.parentPath;
    if (!loop?.isForOfStatement() || use.key !== "right") return false;
    const left = loop.get("left");
    const declarator = left.isVariableDeclaration() ? left.get("declarations")[0] : undefined;
    const id = declarator?.get("id");
    return left.isVariableDeclaration() && left.node.declarations.length === 1 && id?.isIdentifier() === true
      ? bindingUsesVisible(loop.scope.getBinding((id.node as t.Identifier).name), "one", calls)
      : false;
  });
}

/** `use.method(...)`, an st call. */
function isCallTarget(use: NodePath, calls: Calls): boolean {
  const member = use.parentPath;
  if (!member?.isMemberExpression() || use.key !== "object") return false;
  const callee = outerOf(member);
  const call = callee.parentPath;
  return callee.key === "callee" && call?.isCallExpression() === true && calls.has(call.node as t.CallExpression);
}

/** `use[i].method(...)`, an st call. */
function isIndexed(use: NodePath, calls: Calls): boolean {
  const member = use.parentPath;
  return member?.isMemberExpression() === true && member.node.computed && use.key === "object" && isCallTarget(outerOf(member), calls);
}

/** The outermost of the TypeScript-only wrappers around `path` (`x!`, `x as T`), or `path`. */
function outerOf(path: NodePath): NodePath {
  let p = path;
  while (p.parentPath && (p.parentPath.isTSNonNullExpression() || p.parentPath.isTSAsExpression() || p.parentPath.isTSSatisfiesExpression() || p.parentPath.isParenthesizedExpression())) {
    p = p.parentPath;
  }
  return p;
}
