// Rejects two widgets given the same literal `key` that are created together in straight-line
// code (neither behind a condition the other is not behind, no return or st.stop() between
// them): the run raises "There are multiple elements with the same key" at the second.
import { d } from "../../../diagnostics/index.ts";
import type { StCall } from "../analysis.ts";
import { literalKey, optionValue } from "../options.ts";
import { runTogetherPairsByKey } from "../same-run.ts";
import { isWidgetCall } from "../widget-call.ts";
import type { CheckContext } from "./context.ts";

export function duplicateWidgetKey(ctx: CheckContext): void {
  const widgets = [...ctx.analysis.calls.values()].filter(isWidgetCall);
  const keyOf = (widget: StCall) => {
    const value = optionValue(widget, "key");
    return value && literalKey(value.node);
  };
  for (const [key, earlier, second] of runTogetherPairsByKey(widgets, keyOf, (w) => w.path, ctx.analysis)) {
    const line = String(ctx.span(earlier.path.node).start.line);
    ctx.report(d.duplicate_widget_key(ctx.span(optionValue(second, "key")!.node), { key, line }));
  }
}
