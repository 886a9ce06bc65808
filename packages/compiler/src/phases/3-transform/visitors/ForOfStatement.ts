// `for (x of xs)`: the body starts with the back-edge checkpoint. `for await (x of xs)` also
// iterates `$rt.iterate(xs)`: each step pauses and resumes like an `await` (what the run wrote
// goes to the page while it waits; a run halted meanwhile stops there).
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { insertCheckpoint } from "../loop-body.ts";
import { at, iterate } from "../runtime-calls.ts";
import type { TransformState } from "../state.ts";

export function ForOfStatement(path: NodePath<t.ForOfStatement>, state: TransformState): void {
  // Before insertCheckpoint, which marks the loop done.
  if (path.node.await && !state.done.has(path.node)) {
    const { right } = path.node;
    path.node.right = at(iterate(right), right);
  }
  insertCheckpoint(path, state);
}
