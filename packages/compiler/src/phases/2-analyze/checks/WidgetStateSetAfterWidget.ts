// Rejects setting a keyed widget's state after the widget, in straight-line code:
// `st.slider("x", { key: "k" }); st.sessionState.k = 5;` (the assignment a later statement of
// the same block). The run raises "st.sessionState.k cannot be modified after the widget with
// key "k" is instantiated". A form's key counts too (`st.form("k")`), as in Streamlit.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { d } from "../../../diagnostics/index.ts";
import type { StCall } from "../analysis.ts";
import { literalKey, optionValue } from "../options.ts";
import { sessionStateKeySetBy } from "../session-state.ts";
import { isWidgetCall } from "../widget-call.ts";
import type { CheckContext } from "./context.ts";

export function widgetStateSetAfterWidget(ctx: CheckContext): void {
  // Each statement list is read once, however many keyed widgets it holds: the keys it sets,
  // by statement index (a file of 160k statements was quadratic here).
  const setsOfList = new Map<t.Node[], { index: number; key: string; node: t.Node }[]>();
  const setsIn = (stmt: NodePath): { index: number; key: string; node: t.Node }[] => {
    const list = stmt.container as t.Node[];
    let sets = setsOfList.get(list);
    if (sets === undefined) {
      sets = [];
      for (let index = 0; index < list.length; index++) {
        const set = sessionStateKeySetBy(stmt.getSibling(index) as NodePath, ctx.analysis.imports);
        if (set !== null) sets.push({ index, ...set });
      }
      setsOfList.set(list, sets);
    }
    return sets;
  };
  for (const call of ctx.analysis.calls.values()) {
    const key = keyOf(call);
    const stmt = key === null ? null : statementAlwaysCalling(call.path);
    if (key === null || !stmt) continue;
    for (const set of setsIn(stmt)) {
      if (set.index <= (stmt.key as number) || set.key !== key) continue;
      const line = String(ctx.span(call.path.node).start.line);
      ctx.report(d.widget_state_set_after_widget(ctx.span(set.node), { key, line, what: call.method === "form" ? "form" : "widget" }));
    }
  }
}

function keyOf(call: StCall): string | null {
  if (call.method === "form") {
    const first = call.path.node.arguments[0];
    return first ? literalKey(first) : null;
  }
  const value = isWidgetCall(call) ? optionValue(call, "key") : null;
  return value ? literalKey(value.node) : null;
}

/**
 * The statement of a block that makes this call whenever it runs (`st.slider(...);`,
 * `const v = st.slider(...);`, `if (st.checkbox(...)) ...`), or null.
 */
function statementAlwaysCalling(call: NodePath): NodePath | null {
  let p = call;
  for (;;) {
    const parent = p.parentPath;
    if (!parent) return null;
    const passes =
      parent.isAwaitExpression() ||
      parent.isUnaryExpression() ||
      parent.isTSAsExpression() ||
      parent.isTSNonNullExpression() ||
      parent.isParenthesizedExpression() ||
      (parent.isVariableDeclarator() && p.key === "init") ||
      parent.isVariableDeclaration() ||
      parent.isExpressionStatement() ||
      (parent.isIfStatement() && p.key === "test");
    if (!passes) return null;
    p = parent;
    if (p.isStatement() && p.inList) return p;
    if (p.isStatement()) return null;
  }
}
