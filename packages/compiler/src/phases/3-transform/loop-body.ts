// Shared by the loop visitors: the back-edge checkpoint as the first statement of the body, so
// that a run can be halted inside a loop that makes no st call.
import type { NodePath } from "@babel/traverse";
import * as t from "@babel/types";
import { at, checkpoint } from "./runtime-calls.ts";
import type { TransformState } from "./state.ts";

type Loop = t.ForStatement | t.ForInStatement | t.ForOfStatement | t.WhileStatement | t.DoWhileStatement;

export function insertCheckpoint(path: NodePath<Loop>, state: TransformState): void {
  if (state.done.has(path.node)) return;
  state.done.add(path.node);
  const check = at(checkpoint(), path.node);
  const body = path.get("body") as NodePath<t.Statement>;
  if (body.isBlockStatement()) body.unshiftContainer("body", check);
  else if (body.isEmptyStatement()) body.replaceWith(t.blockStatement([check]));
  else body.replaceWith(t.blockStatement([check, body.node]));
}
