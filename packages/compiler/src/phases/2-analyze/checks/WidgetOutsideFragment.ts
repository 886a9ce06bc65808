// Rejects a widget that a fragment writes into a container created outside the fragment (a
// column made in the full run, `st.sidebar`), directly (`cols[0].slider()`) or through the
// block form (`col.with(() => st.slider())`): the run raises "Fragments cannot write widgets to
// outside containers", since a fragment rerun only redraws the fragment's own block. Elements
// that are not widgets may be written outside (they accumulate).
import type { NodePath } from "@babel/traverse";
import { d } from "../../../diagnostics/index.ts";
import type { StCall } from "../analysis.ts";
import { placeOf } from "../placement.ts";
import { isWidgetCall } from "../widget-call.ts";
import type { CheckContext } from "./context.ts";

export function widgetOutsideFragment(ctx: CheckContext): void {
  const { fragments } = ctx.analysis;
  for (const call of ctx.analysis.calls.values()) {
    if (!isWidgetCall(call)) continue;
    const fragment = call.path.findParent((p) => p.isFunction() && fragments.has(p.node));
    const outside = fragment && outsideContainer(call, fragment, ctx);
    if (outside) ctx.report(d.widget_outside_fragment(ctx.span(call.path.node), { method: call.method, container: outside }));
  }
}

/** The container outside `fragment` that the call writes into, described, or null. */
function outsideContainer(call: StCall, fragment: NodePath, ctx: CheckContext): string | null {
  const seen = new Set<StCall>();
  for (let at = call; ; ) {
    const place = placeOf(at, ctx.analysis);
    if (place.kind === "sidebar") return "st.sidebar";
    if (place.kind !== "container" || seen.has(place.creator)) return null;
    const creator = place.creator;
    if (!creator.path.findParent((p) => p.node === fragment.node)) {
      return `the st.${creator.method}() of line ${ctx.span(creator.path.node).start.line}`;
    }
    seen.add(creator);
    at = creator;
  }
}
