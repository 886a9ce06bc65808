// Shared by the member-expression and identifier visitors: a read of `st.sessionState` or
// `st.queryParams` (phase 2 found them, named imports included) becomes `$rt.sessionState` /
// `$rt.queryParams`, bound to the run's own session. The module's proxies find their session
// through the current run, which code that resumes outside `$rt.resume` (a `.then` callback)
// cannot rely on: sessions' runs interleave on one thread.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { at, sessionBound } from "./runtime-calls.ts";
import type { TransformState } from "./state.ts";

export function rewriteSessionBound(path: NodePath<t.MemberExpression | t.OptionalMemberExpression | t.Identifier>, state: TransformState): void {
  const member = state.analysis.sessionBound.get(path.node);
  if (member === undefined) return;
  path.replaceWith(at(sessionBound(member), path.node));
}
