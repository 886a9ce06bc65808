// Rejects two widgets given the same literal `key` that are created together in straight-line
// code (neither behind a condition the other is not behind, no return or st.stop() between
// them): the run raises "There are multiple elements with the same key" at the second.
import type * as t from "@babel/types";
import { d } from "../../../diagnostics/index.ts";
import type { StCall } from "../analysis.ts";
import { literalKey, optionValue } from "../options.ts";
import { regionOf, runTogether } from "../same-run.ts";
import { WIDGET_METHODS } from "../st-api.ts";
import type { CheckContext } from "./context.ts";

export function duplicateWidgetKey(ctx: CheckContext): void {
  // By key and straight-line region (same-run.ts): two widgets can only be created together in
  // the same region, and there only a leaving statement between them parts them. So the nearest
  // earlier widget of the group tells for all of them (a statement that parts it from this one
  // parts the earlier ones too): one comparison per widget, not one per pair.
  const groups = new Map<string, Map<t.Node, StCall[]>>();
  for (const call of ctx.analysis.calls.values()) {
    if (!WIDGET_METHODS.has(call.method)) continue;
    const value = optionValue(call, "key");
    const key = value && literalKey(value.node);
    if (key === null) continue;
    let regions = groups.get(key);
    if (regions === undefined) groups.set(key, (regions = new Map()));
    const region = regionOf(call.path, ctx.analysis);
    const widgets = regions.get(region);
    if (widgets === undefined) regions.set(region, [call]);
    else widgets.push(call);
  }
  for (const [key, regions] of groups) {
    for (const widgets of regions.values()) {
      for (let i = 1; i < widgets.length; i++) {
        const [earlier, second] = [widgets[i - 1]!, widgets[i]!];
        if (!runTogether(earlier.path, second.path, ctx.analysis)) continue;
        const line = String(ctx.span(earlier.path.node).start.line);
        ctx.report(d.duplicate_widget_key(ctx.span(optionValue(second, "key")!.node), { key, line }));
      }
    }
  }
}
