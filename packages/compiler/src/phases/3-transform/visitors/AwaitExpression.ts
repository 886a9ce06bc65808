// `await x` → `$rt.resume(await x)`: after every await the runtime re-establishes which run is
// current (sessions interleave on one thread) and halts a run superseded meanwhile.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { at, resume } from "../runtime-calls.ts";
import type { TransformState } from "../state.ts";

export function AwaitExpression(path: NodePath<t.AwaitExpression>, state: TransformState): void {
  if (state.done.has(path.node)) return;
  state.done.add(path.node);
  path.replaceWith(at(resume(path.node), path.node));
}
