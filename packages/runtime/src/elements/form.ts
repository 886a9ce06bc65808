// st.form: a container whose widgets send their values only when one of its submit buttons is
// clicked, all together, in one run. Rules follow Streamlit 1.50's FormMixin.form: a key names
// one form per run, forms do not nest; a form needs a submit button (session/formSubmit.ts
// shows Streamlit's "Missing Submit Button" error in a form that a run left without one).

import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { currentExecution, takeSite } from "../session/context.ts";
import { blockContainer, containerOf, type Container } from "../api/container.ts";
import { formOf } from "../api/forms/formOf.ts";
import { defineApi } from "./define.ts";

export interface FormOptions {
  /** Put the form's widgets back to their defaults after the run its submit caused. */
  clearOnSubmit?: boolean;
  /** Enter in a text input of the form clicks its first submit button. Default true. */
  enterToSubmit?: boolean;
  /** Draw a border around the form. Default true. */
  border?: boolean;
}

export function form(this: unknown, key: string, options: FormOptions = {}): Container {
  takeSite();
  const exec = currentExecution("form");
  if (typeof key !== "string" || key === "") {
    throw invalidOption("form", "key", "a non-empty string that identifies the form", key);
  }
  const { block: parent, at } = containerOf(this).place(exec);
  if (formOf(parent) !== null) throw new RivuletAPIError("nested_form");
  const forms = exec.forms;
  if (forms.has(key)) {
    throw new RivuletAPIError("duplicate_form_key", { key });
  }
  const block = exec.writer.writeBlock(parent, {
    block: "form",
    formId: key,
    clearOnSubmit: options.clearOnSubmit ?? false,
    enterToSubmit: options.enterToSubmit ?? true,
    border: options.border ?? true,
  }, false, at);
  forms.set(key, { block, hasSubmitButton: false });
  return blockContainer(block, exec);
}

export default defineApi({
  api: { form },
  containerMethods: true,
  containers: { form: "one" },
  section: "Layout",
  docs: [
    {
      example: "const form = st.form(\"signup\", { clearOnSubmit: true });\nconst email = form.textInput(\"Email\");\nif (form.formSubmitButton(\"Sign up\")) st.success(`Welcome, ${email}`);", calls: ["st.form(key, { clearOnSubmit, enterToSubmit, border })"],
      streamlit: ["st.form"],
      notes: "returns a container; its widgets send their values only on submit, all together, in one run",
    },
  ],
});
