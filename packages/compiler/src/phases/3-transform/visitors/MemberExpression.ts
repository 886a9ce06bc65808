// `st.sessionState`, `st["queryParams"]` → `$rt.sessionState`, `$rt.queryParams`.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { rewriteSessionBound } from "../session-bound.ts";
import type { TransformState } from "../state.ts";

export function MemberExpression(path: NodePath<t.MemberExpression>, state: TransformState): void {
  rewriteSessionBound(path, state);
}
