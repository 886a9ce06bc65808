// Rejects `st.rerun({ scope: "page" })`: a scope other than "app" or "fragment", which raises
// RivuletAPIError when the call runs.
import { d } from "../../../diagnostics/index.ts";
import type { CheckContext } from "./context.ts";
import { rerunCalls, rerunScope } from "./rerun-calls.ts";

export function invalidRerunScope(ctx: CheckContext): void {
  for (const call of rerunCalls(ctx.analysis.calls.values())) {
    const scope = rerunScope(call);
    if (scope && scope.value !== "app" && scope.value !== "fragment") {
      ctx.report(d.invalid_rerun_scope(ctx.span(scope.node), { scope: scope.value }));
    }
  }
}
