// Magic: a bare expression statement `x;` → `$rt.call("write.0", undefined, $rt.write, x);`, an
// st.write call site like any other (its site id, its checkpoint); `a, b;` writes both. Through
// the RunHandle, so that a script which never imports rivulet is written to as well.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { at, magicWrite } from "../runtime-calls.ts";
import type { TransformState } from "../state.ts";

export function ExpressionStatement(path: NodePath<t.ExpressionStatement>, state: TransformState): void {
  const site = state.analysis.magic.get(path.node);
  if (site === undefined || state.done.has(path.node)) return;
  state.done.add(path.node);
  const { expression } = path.node;
  const values = expression.type === "SequenceExpression" ? expression.expressions : [expression];
  path.node.expression = at(magicWrite(site, values), expression);
}
