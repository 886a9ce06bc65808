// A library module's shape (compile mode "library"): the module stays as written, exports and
// all; the code the other visitors generated names `$rt`, which each outermost function binds
// when it is entered (`const $rt = $rtOf();`, the run on the stack then) and which code outside
// every function has as the ambient handle (it finds the run at each use). Functions nested in
// an outermost one keep its `$rt`, as closures of a script's run function keep the run's: a
// callback made in one run and called in a later one halts instead of writing into it.
import type { NodePath } from "@babel/traverse";
import * as t from "@babel/types";
import { SKIP, walk } from "../../utils/walk.ts";
import { ENTER_RUN, INTERNAL_MODULE, RUN_HANDLE } from "./runtime-calls.ts";
import { rewriteSource } from "./import-source.ts";
import type { TransformState } from "./state.ts";

export function libraryModule(path: NodePath<t.Program>, state: TransformState): void {
  const entered = new Set<t.Function>();
  let ambient = false;
  walk<t.Function | null>(path.node, null, (node, outermost) => {
    if (t.isFunction(node)) return outermost ?? node;
    if (node.type === "Identifier" && node.name === RUN_HANDLE) {
      if (outermost === null) ambient = true;
      else entered.add(outermost);
      return SKIP;
    }
    return outermost;
  });
  for (const fn of entered) enterRun(fn);
  const specifiers: t.ImportSpecifier[] = [];
  if (ambient) specifiers.push(t.importSpecifier(t.identifier(RUN_HANDLE), t.identifier("ambientHandle")));
  if (entered.size > 0) specifiers.push(t.importSpecifier(t.identifier(ENTER_RUN), t.identifier("runHandle")));
  if (specifiers.length === 0) return;
  const source = t.stringLiteral(INTERNAL_MODULE);
  rewriteSource(source, state);
  path.node.body.unshift(t.importDeclaration(specifiers, source));
}

/** `const $rt = $rtOf();` first in the function's body (an arrow's expression body made a block). */
function enterRun(fn: t.Function): void {
  if (fn.body.type !== "BlockStatement") fn.body = t.blockStatement([t.returnStatement(fn.body)]);
  const declaration = t.variableDeclaration("const", [t.variableDeclarator(t.identifier(RUN_HANDLE), t.callExpression(t.identifier(ENTER_RUN), []))]);
  fn.body.body.unshift(declaration);
}
