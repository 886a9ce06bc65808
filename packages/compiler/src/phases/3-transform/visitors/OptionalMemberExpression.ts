// `st?.sessionState` → `$rt.sessionState` (the namespace is never nullish).
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { rewriteSessionBound } from "../session-bound.ts";
import type { TransformState } from "../state.ts";

export function OptionalMemberExpression(path: NodePath<t.OptionalMemberExpression>, state: TransformState): void {
  rewriteSessionBound(path, state);
}
