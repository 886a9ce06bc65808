// The run function's parameter is `$rt` (runtime-calls.ts), and every generated call names it.
// A script's own `$rt` (a variable, a parameter, a function) would take its place in the scope
// it declares it in, so it is renamed first, with every reference to it.
import type { NodePath, Scope } from "@babel/traverse";
import type * as t from "@babel/types";
import { RUN_HANDLE } from "./runtime-calls.ts";

export function freeRunHandle(program: NodePath<t.Program>): void {
  const scopes: Scope[] = [];
  if (program.scope.hasOwnBinding(RUN_HANDLE)) scopes.push(program.scope);
  program.traverse({
    Scopable(path) {
      if (path.scope.hasOwnBinding(RUN_HANDLE)) scopes.push(path.scope);
    },
  });
  for (const scope of new Set(scopes)) scope.rename(RUN_HANDLE);
}
