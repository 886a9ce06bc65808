// Warns about `st.rerun()` inside a widget callback (`onClick`, `onChange`, `onSubmit`):
// callbacks run before the rerun that follows every interaction, so the call does nothing.
import { d } from "../../../diagnostics/index.ts";
import type { CheckContext } from "./context.ts";
import { rerunCalls } from "./rerun-calls.ts";

export function rerunInCallback(ctx: CheckContext): void {
  const { callbacks } = ctx.analysis;
  for (const call of rerunCalls(ctx.analysis.calls.values())) {
    const fn = call.path.findParent((p) => p.isFunction() && callbacks.has(p.node));
    const callback = fn && callbacks.get(fn.node as never);
    if (callback) ctx.report(d.rerun_in_callback(ctx.span(call.path.node), { callback }));
  }
}
