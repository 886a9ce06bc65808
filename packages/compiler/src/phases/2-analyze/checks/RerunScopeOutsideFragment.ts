// Rejects `st.rerun({ scope: "fragment" })` written in top-level code, outside every function:
// no fragment can be running there, so the call raises RivuletAPIError whenever it runs. (In a
// function that is not a fragment, `rerun_scope_fragment_in_helper` warns instead.)
import { d } from "../../../diagnostics/index.ts";
import { runContext } from "../same-run.ts";
import type { CheckContext } from "./context.ts";
import { rerunCalls, rerunScope } from "./rerun-calls.ts";

export function rerunScopeOutsideFragment(ctx: CheckContext): void {
  for (const call of rerunCalls(ctx.analysis.calls.values())) {
    if (rerunScope(call)?.value !== "fragment") continue;
    if (runContext(call.path, ctx.analysis) === null) ctx.report(d.rerun_scope_fragment_outside_fragment(ctx.span(call.path.node)));
  }
}
