// `sessionState`, `qp` (named imports of them from "rivulet") → `$rt.sessionState`, `$rt.queryParams`.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { rewriteSessionBound } from "../session-bound.ts";
import type { TransformState } from "../state.ts";

export function Identifier(path: NodePath<t.Identifier>, state: TransformState): void {
  rewriteSessionBound(path, state);
}
