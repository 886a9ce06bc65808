// A library module's shape (compile mode "library"): the module stays as written, exports and
// all; the code the other visitors generated names `$rt`, which each function that names it
// binds when it is entered (`const $rt = $rtOf();`: the run on the stack then, kept across the
// function's awaits), and which code outside every function has as the ambient handle (it finds
// the run at each use). Every function takes its own, not its outer function's: a helper's
// closure is often made once and kept (at module level, in st.cacheResource) and called from
// later runs and other sessions, and belongs to the run that calls it. A parameter's default
// runs before the body's `const`: there the handle is taken in place (`$rtOf().call(...)`).
import type { NodePath } from "@babel/traverse";
import * as t from "@babel/types";
import { SKIP, walk } from "../../utils/walk.ts";
import { ENTER_RUN, INTERNAL_MODULE, RUN_HANDLE } from "./runtime-calls.ts";
import { rewriteSource } from "./import-source.ts";
import type { TransformState } from "./state.ts";

export function libraryModule(path: NodePath<t.Program>, state: TransformState): void {
  const entered = new Set<t.Function>();
  let ambient = false;
  let inPlace = false;
  walk<t.Function | null>(path.node, null, (node, enclosing) => {
    if (t.isFunction(node)) {
      // What its parameters name takes the handle in place; what its body names, its own `$rt`.
      if (takeInParams(node)) inPlace = true;
      return node;
    }
    if (node.type === "Identifier" && node.name === RUN_HANDLE) {
      if (enclosing === null) ambient = true;
      else entered.add(enclosing);
      return SKIP;
    }
    return enclosing;
  });
  for (const fn of entered) enterRun(fn);
  const specifiers: t.ImportSpecifier[] = [];
  if (ambient) specifiers.push(t.importSpecifier(t.identifier(RUN_HANDLE), t.identifier("ambientHandle")));
  if (entered.size > 0 || inPlace) specifiers.push(t.importSpecifier(t.identifier(ENTER_RUN), t.identifier("runHandle")));
  if (specifiers.length === 0) return;
  const source = t.stringLiteral(INTERNAL_MODULE);
  rewriteSource(source, state);
  path.node.body.unshift(t.importDeclaration(specifiers, source));
}

/**
 * `$rt.x` in a function's parameters (outside the functions they hold) becomes `$rtOf().x`;
 * whether there was any.
 */
function takeInParams(fn: t.Function): boolean {
  let found = false;
  for (const param of fn.params) {
    walk(param, null, (node) => {
      if (t.isFunction(node)) return SKIP;
      if ((node.type === "MemberExpression" || node.type === "OptionalMemberExpression") && node.object.type === "Identifier" && node.object.name === RUN_HANDLE) {
        node.object = t.callExpression(t.identifier(ENTER_RUN), []);
        found = true;
      }
      return null;
    });
  }
  return found;
}

/** `const $rt = $rtOf();` first in the function's body (an arrow's expression body made a block). */
function enterRun(fn: t.Function): void {
  if (fn.body.type !== "BlockStatement") fn.body = t.blockStatement([t.returnStatement(fn.body)]);
  const declaration = t.variableDeclaration("const", [t.variableDeclarator(t.identifier(RUN_HANDLE), t.callExpression(t.identifier(ENTER_RUN), []))]);
  fn.body.body.unshift(declaration);
}
