// Resolves an expression to a function written in this file: the function itself, or an
// identifier naming a function declaration or a constant initialised with a function.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";

export function resolveLocalFunction(path: NodePath): NodePath<t.Function> | null {
  let p = path;
  while (p.isTSAsExpression() || p.isTSSatisfiesExpression() || p.isTSNonNullExpression()) p = p.get("expression") as NodePath;
  if (p.isFunction()) return p;
  if (!p.isIdentifier()) return null;
  const binding = p.scope.getBinding(p.node.name);
  if (!binding) return null;
  if (binding.path.isFunctionDeclaration()) return binding.path;
  if (binding.constant && binding.path.isVariableDeclarator() && binding.path.node.id.type === "Identifier") {
    const init = binding.path.get("init");
    if (init.node) return resolveLocalFunction(init as NodePath);
  }
  return null;
}
