// Rejects two widgets given the same literal `key` that are created together in straight-line
// code (neither behind a condition the other is not behind, no return or st.stop() between
// them): the run raises "There are multiple elements with the same key" at the second.
import { d } from "../../../diagnostics/index.ts";
import type { StCall } from "../analysis.ts";
import { literalKey, optionValue } from "../options.ts";
import { runTogetherPairs } from "../same-run.ts";
import { WIDGET_METHODS } from "../st-api.ts";
import type { CheckContext } from "./context.ts";

export function duplicateWidgetKey(ctx: CheckContext): void {
  const byKey = new Map<string, StCall[]>();
  for (const call of ctx.analysis.calls.values()) {
    if (!WIDGET_METHODS.has(call.method)) continue;
    const value = optionValue(call, "key");
    const key = value && literalKey(value.node);
    if (key === null) continue;
    const widgets = byKey.get(key);
    if (widgets === undefined) byKey.set(key, [call]);
    else widgets.push(call);
  }
  for (const [key, widgets] of byKey) {
    for (const [earlier, second] of runTogetherPairs(widgets, (w) => w.path, ctx.analysis)) {
      const line = String(ctx.span(earlier.path.node).start.line);
      ctx.report(d.duplicate_widget_key(ctx.span(optionValue(second, "key")!.node), { key, line }));
    }
  }
}
