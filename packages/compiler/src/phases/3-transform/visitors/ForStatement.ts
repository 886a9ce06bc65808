// `for (;;) { ... }`: the body starts with the back-edge checkpoint.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { insertCheckpoint } from "../loop-body.ts";
import type { TransformState } from "../state.ts";

export function ForStatement(path: NodePath<t.ForStatement>, state: TransformState): void {
  insertCheckpoint(path, state);
}
