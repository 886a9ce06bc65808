// `throw x` → `throw $rt.thrown(x)`, so that a value that is not an Error (`throw null`, a plain
// object) still gets an exception element that says where it was thrown: it has no stack of its
// own. `throw new X(...)` stays as it is: what `new` makes carries its stack (an Error, nearly
// always).
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { at, thrown } from "../runtime-calls.ts";
import type { TransformState } from "../state.ts";

export function ThrowStatement(path: NodePath<t.ThrowStatement>, state: TransformState): void {
  const { node } = path;
  if (state.done.has(node) || node.argument.type === "NewExpression") return;
  state.done.add(node);
  node.argument = at(thrown(node.argument), node.argument);
}
