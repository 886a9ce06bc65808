// `for (x of xs)` and `for await (x of xs)`: the body starts with the back-edge checkpoint.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { insertCheckpoint } from "../loop-body.ts";
import type { TransformState } from "../state.ts";

export function ForOfStatement(path: NodePath<t.ForOfStatement>, state: TransformState): void {
  insertCheckpoint(path, state);
}
