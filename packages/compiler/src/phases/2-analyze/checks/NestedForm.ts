// Rejects a form created inside another form (`f.form(...)`, or `st.form(...)` inside
// `f.with(...)`): Streamlit raises "Forms cannot be nested in other forms".
import { d } from "../../../diagnostics/index.ts";
import { formAround } from "../placement.ts";
import type { CheckContext } from "./context.ts";

export function nestedForm(ctx: CheckContext): void {
  for (const call of ctx.analysis.calls.values()) {
    if (call.method !== "form") continue;
    const outer = formAround(call, ctx.analysis);
    if (outer) ctx.report(d.nested_form(ctx.span(call.path.node), { line: String(ctx.span(outer.path.node).start.line) }));
  }
}
