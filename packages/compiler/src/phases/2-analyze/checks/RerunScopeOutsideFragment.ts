// Rejects `st.rerun({ scope: "fragment" })` written outside every fragment function: there is
// no fragment to rerun there, so the call would raise RivuletAPIError at run time.
import { d } from "../../../diagnostics/index.ts";
import type { CheckContext } from "./context.ts";
import { rerunCalls, rerunScope } from "./rerun-calls.ts";

export function rerunScopeOutsideFragment(ctx: CheckContext): void {
  const { fragments } = ctx.analysis;
  for (const call of rerunCalls(ctx.analysis.calls.values())) {
    if (rerunScope(call)?.value !== "fragment") continue;
    const inFragment = call.path.findParent((p) => p.isFunction() && fragments.has(p.node));
    if (!inFragment) ctx.report(d.rerun_scope_fragment_outside_fragment(ctx.span(call.path.node)));
  }
}
