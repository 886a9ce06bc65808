// Warns about `st.rerun({ scope: "fragment" })` in a function that is not a fragment (a helper):
// it works only when the helper is called from a fragment during that fragment's own rerun, and
// raises RivuletAPIError in every other run (a full run, or a call from outside any fragment).
// Widget callbacks are left to `rerun_in_callback`: a rerun there does nothing at all.
import { d } from "../../../diagnostics/index.ts";
import { runContext } from "../same-run.ts";
import type { CheckContext } from "./context.ts";
import { rerunCalls, rerunScope } from "./rerun-calls.ts";

export function rerunScopeInHelper(ctx: CheckContext): void {
  const { fragments, callbacks } = ctx.analysis;
  for (const call of rerunCalls(ctx.analysis.calls.values())) {
    if (rerunScope(call)?.value !== "fragment" || runContext(call.path, ctx.analysis) === null) continue;
    const covered = call.path.findParent((p) => p.isFunction() && (fragments.has(p.node) || callbacks.has(p.node)));
    if (!covered) ctx.report(d.rerun_scope_fragment_in_helper(ctx.span(call.path.node)));
  }
}
