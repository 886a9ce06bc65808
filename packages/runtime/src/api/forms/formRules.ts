// What Streamlit 1.50 refuses about widgets and forms (its check_callback_rules and the checks
// in ButtonMixin._button), with the same meaning and close wording:
// - a callback on a widget in a form other than the submit button (values arrive only on
//   submit, so there is no change of one widget to call back on);
// - `st.button` in a form (its click could not be told from a submit);
// - `st.formSubmitButton` outside a form (there is nothing to submit).
// Which widgets go where is each API's `placement` (api/widgets/widget.ts).

import { RivuletAPIError } from "../../errors/RivuletAPIError.ts";
import type { Execution } from "../../session/execution.ts";
import type { LiveBlock } from "../../tree/live.ts";
import { formOf } from "./formOf.ts";
import type { Placement } from "../widgets/widget.ts";

/** Checks a widget about to be written into `block`; returns the key of its form, or null. */
export function checkFormRules(
  exec: Execution,
  block: LiveBlock,
  widget: { api: string; placement: Placement; callback: unknown },
): string | null {
  const form = formOf(block);
  const submits = widget.placement === "in-forms";
  if (form !== null && !submits && widget.callback !== undefined) {
    throw new RivuletAPIError("callback_in_form");
  }
  if (form !== null && widget.placement === "outside-forms") {
    throw new RivuletAPIError("button_in_form", { method: widget.api });
  }
  if (form === null && submits) {
    throw new RivuletAPIError("submit_button_outside_form");
  }
  if (form === null) return null;
  if (submits) {
    const written = exec.forms.get(form.formId);
    if (written !== undefined) written.hasSubmitButton = true;
  }
  return form.formId;
}
