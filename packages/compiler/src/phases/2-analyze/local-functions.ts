// Resolves an expression to a function written in this file: the function itself, or an
// identifier naming a function declaration or a constant initialised with a function.
import type { Binding, NodePath } from "@babel/traverse";
import type * as t from "@babel/types";

export function resolveLocalFunction(path: NodePath): NodePath<t.Function> | null {
  // A loop along the aliases (`const b = a`), not a recursion: a chain of thousands must not
  // overflow the stack, and a cycle (`const a = b; const b = a;`) must end.
  const seen = new Set<Binding>();
  for (let p: NodePath | null = path; p !== null; ) {
    while (p.isTSAsExpression() || p.isTSSatisfiesExpression() || p.isTSNonNullExpression()) p = p.get("expression") as NodePath;
    if (p.isFunction()) return p;
    if (!p.isIdentifier()) return null;
    const binding: Binding | undefined = p.scope.getBinding(p.node.name);
    if (!binding || seen.has(binding)) return null;
    seen.add(binding);
    if (binding.path.isFunctionDeclaration()) return binding.path;
    const aliased: boolean = binding.constant && binding.path.isVariableDeclarator() && binding.path.node.id.type === "Identifier";
    const init: NodePath | null = aliased ? (binding.path.get("init") as NodePath) : null;
    p = init?.node ? init : null;
  }
  return null;
}
