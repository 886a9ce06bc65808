// Rejects a callback (`onChange`, `onClick`, `onSubmit`) on a widget inside a form other than its
// submit button: Streamlit raises "With forms, callbacks can only be defined on the
// st.form_submit_button", since a form's widgets send their values only on submit.
import type * as t from "@babel/types";
import { d } from "../../../diagnostics/index.ts";
import { hasOption } from "../options.ts";
import { formAround } from "../placement.ts";
import { BUTTONS_OUTSIDE_FORMS, CALLBACK_OPTIONS, SUBMIT_BUTTONS } from "../st-api.ts";
import { isWidgetCall } from "../widget-call.ts";
import type { CheckContext } from "./context.ts";

export function callbackInForm(ctx: CheckContext): void {
  for (const call of ctx.analysis.calls.values()) {
    // A button in a form is an error of its own (button_in_form).
    if (!isWidgetCall(call) || SUBMIT_BUTTONS.has(call.method) || BUTTONS_OUTSIDE_FORMS.has(call.method)) continue;
    for (const option of CALLBACK_OPTIONS) {
      const value = hasOption(call, option);
      if (value && formAround(call, ctx.analysis)) {
        ctx.report(d.callback_in_form(ctx.span((value.parent as t.ObjectProperty).key), { option, method: call.method }));
      }
    }
  }
}
