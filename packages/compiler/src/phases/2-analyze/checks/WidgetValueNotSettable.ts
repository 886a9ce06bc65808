// Rejects setting, through session state, the value of a widget that takes none from it (a
// button, a chat input: Streamlit's `writes_allowed=False` widgets) when the assignment runs
// before the widget in straight-line code: `st.sessionState.go = true; st.button("Go", { key: "go" })`.
// The widget raises "Values for the widget with key "go" cannot be set using st.sessionState".
import type { NodePath } from "@babel/traverse";
import { d } from "../../../diagnostics/index.ts";
import type { StCall } from "../analysis.ts";
import { literalKey, optionValue } from "../options.ts";
import { runTogetherPairs } from "../same-run.ts";
import { sessionStateSets } from "../session-state.ts";
import { VALUE_NOT_SETTABLE } from "../st-api.ts";
import type { CheckContext } from "./context.ts";

type Point = { set: NodePath } | { widget: StCall; keyNode: NodePath };

export function widgetValueNotSettable(ctx: CheckContext): void {
  const byKey = new Map<string, Point[]>();
  const add = (key: string, point: Point) => {
    const points = byKey.get(key);
    if (points === undefined) byKey.set(key, [point]);
    else points.push(point);
  };
  for (const call of ctx.analysis.calls.values()) {
    if (!VALUE_NOT_SETTABLE.has(call.method)) continue;
    const value = optionValue(call, "key");
    const key = value && literalKey(value.node);
    if (key !== null) add(key, { widget: call, keyNode: value! });
  }
  if (byKey.size === 0) return;
  const widgetKeys = new Set(byKey.keys());
  for (const set of sessionStateSets(ctx.analysis.imports)) if (widgetKeys.has(set.key)) add(set.key, { set: set.stmt });
  const pathOf = (point: Point) => ("set" in point ? point.set : point.widget.path);
  for (const [key, points] of byKey) {
    points.sort((a, b) => pathOf(a).node.start! - pathOf(b).node.start!);
    for (const [earlier, later] of runTogetherPairs(points, pathOf, ctx.analysis)) {
      if (!("set" in earlier) || "set" in later) continue;
      const line = String(ctx.span(earlier.set.node).start.line);
      ctx.report(d.widget_value_not_settable(ctx.span(later.keyNode.node), { key, line, method: later.widget.method }));
    }
  }
}
