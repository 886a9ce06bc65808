// Rejects `st.button` (and `st.downloadButton`) inside a form: Streamlit raises "st.button() can't
// be used in an st.form()"; a form's only button is its submit button.
import { d } from "../../../diagnostics/index.ts";
import { formAround } from "../placement.ts";
import { BUTTONS_OUTSIDE_FORMS } from "../st-api.ts";
import type { CheckContext } from "./context.ts";

export function buttonInForm(ctx: CheckContext): void {
  for (const call of ctx.analysis.calls.values()) {
    if (!BUTTONS_OUTSIDE_FORMS.has(call.method)) continue;
    if (formAround(call, ctx.analysis)) ctx.report(d.button_in_form(ctx.span(call.path.node), { method: call.method }));
  }
}
