// Rejects setting, through session state, the value of a widget that takes none from it (a
// button, a chat input: Streamlit's `writes_allowed=False` widgets) when the assignment runs
// before the widget in straight-line code: `st.sessionState.go = true; st.button("Go", { key: "go" })`.
// The widget raises "Values for the widget with key "go" cannot be set using st.sessionState".
import type { NodePath } from "@babel/traverse";
import { d } from "../../../diagnostics/index.ts";
import type { StCall } from "../analysis.ts";
import { literalKey, optionValue } from "../options.ts";
import { runTogetherPairsByKey } from "../same-run.ts";
import { sessionStateSets } from "../session-state.ts";
import { isUnsettableWidgetCall } from "../widget-call.ts";
import type { CheckContext } from "./context.ts";

type Point = { key: string; set: NodePath } | { key: string; widget: StCall; keyNode: NodePath };

export function widgetValueNotSettable(ctx: CheckContext): void {
  const points: Point[] = [];
  for (const call of ctx.analysis.calls.values()) {
    if (!isUnsettableWidgetCall(call)) continue;
    const value = optionValue(call, "key");
    const key = value && literalKey(value.node);
    if (key !== null) points.push({ key, widget: call, keyNode: value! });
  }
  if (points.length === 0) return;
  const widgetKeys = new Set(points.map((point) => point.key));
  for (const set of sessionStateSets(ctx.analysis.imports)) if (widgetKeys.has(set.key)) points.push({ key: set.key, set: set.stmt });
  const pathOf = (point: Point) => ("set" in point ? point.set : point.widget.path);
  for (const [key, earlier, later] of runTogetherPairsByKey(points, (point) => point.key, pathOf, ctx.analysis)) {
    if (!("set" in earlier) || "set" in later) continue;
    const line = String(ctx.span(earlier.set.node).start.line);
    ctx.report(d.widget_value_not_settable(ctx.span(later.keyNode.node), { key, line, method: later.widget.method }));
  }
}
