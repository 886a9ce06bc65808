// Rejects `st.formSubmitButton` where the file shows it is in no form (top-level code, the
// sidebar, containers that are not in a form): Streamlit raises "st.form_submit_button() must be
// used inside an st.form()". In a function, it depends on the caller, so nothing is reported.
import { d } from "../../../diagnostics/index.ts";
import { enclosure } from "../placement.ts";
import { SUBMIT_BUTTONS } from "../st-api.ts";
import type { CheckContext } from "./context.ts";

export function submitButtonOutsideForm(ctx: CheckContext): void {
  for (const call of ctx.analysis.calls.values()) {
    if (!SUBMIT_BUTTONS.has(call.method)) continue;
    const { containers, root } = enclosure(call, ctx.analysis);
    if (root !== "unknown" && !containers.some((c) => c.method === "form")) {
      ctx.report(d.submit_button_outside_form(ctx.span(call.path.node)));
    }
  }
}
