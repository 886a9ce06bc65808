// `await x` → `$rt.resume(await $rt.pause(x))`: before the run yields, what it wrote so far goes
// to the page; after, the runtime re-establishes which run is current (sessions interleave on
// one thread) and halts a run superseded meanwhile.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { at, pause, resume } from "../runtime-calls.ts";
import type { TransformState } from "../state.ts";

export function AwaitExpression(path: NodePath<t.AwaitExpression>, state: TransformState): void {
  if (state.done.has(path.node)) return;
  state.done.add(path.node);
  path.node.argument = at(pause(path.node.argument), path.node.argument);
  path.replaceWith(at(resume(path.node), path.node));
}
