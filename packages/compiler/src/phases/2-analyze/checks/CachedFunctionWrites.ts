// Two mistakes in what a cached function (the function given to st.cacheData or
// st.cacheResource, written in the call or named) writes, both from Streamlit's replay of a
// cached function's elements on a hit:
// - cached_widget: a widget made in it is made only on a miss (Streamlit's CachedWidgetWarning).
// - cache_replay_closure: an element written into a container made outside it (a column of the
//   script, captured) cannot be written again on a hit: the run raises (CacheReplayClosureError).
// The sidebar and the containers it makes itself are fine. Calls in helpers it calls are not
// followed: the check says nothing where it cannot see.
import type * as t from "@babel/types";
import { d } from "../../../diagnostics/index.ts";
import type { StCall } from "../analysis.ts";
import { placeOf } from "../placement.ts";
import { isWidgetCall } from "../widget-call.ts";
import type { CheckContext } from "./context.ts";

export function cachedFunctionWrites(ctx: CheckContext): void {
  const { cachedFunctions } = ctx.analysis;
  if (cachedFunctions.size === 0) return;
  for (const call of ctx.analysis.calls.values()) {
    const cached = call.path.findParent((p) => p.isFunction() && cachedFunctions.has(p.node as t.Function));
    if (cached === null) continue;
    const fn = cachedFunctions.get(cached.node as t.Function)!;
    if (isWidgetCall(call)) ctx.report(d.cached_widget(ctx.span(call.path.node), { method: call.method, fn }));
    // The block form writes nothing itself: what its body writes is checked call by call.
    const outside = call.method === "with" ? null : outsideContainer(call, cached.node, ctx);
    if (outside !== null) ctx.report(d.cache_replay_closure(ctx.span(call.path.node), { method: call.method, fn, container: outside }));
  }
}

/** The container made outside `fn` that the call writes into, described, or null. */
function outsideContainer(call: StCall, fn: t.Node, ctx: CheckContext): string | null {
  const seen = new Set<StCall>();
  for (let at = call; ; ) {
    const place = placeOf(at, ctx.analysis);
    if (place.kind !== "container" || seen.has(place.creator)) return null;
    const creator = place.creator;
    if (!creator.path.findParent((p) => p.node === fn)) return `the st.${creator.method}() of line ${ctx.span(creator.path.node).start.line}`;
    seen.add(creator);
    at = creator;
  }
}
