// st.formSubmitButton: the button of a form. Its click sends the values of the form's widgets
// with it (a `submit` message); it is true for the one run that click caused, and its
// `onClick` is the only callback a form may have (api/forms/formRules.ts).

import { RivuletAPIError } from "../../errors/RivuletAPIError.ts";
import type { Container } from "../container.ts";
import { baseNode, widget, type WidgetOptions } from "../widgets/widget.ts";
import { SUBMIT_BUTTON_API } from "./formRules.ts";

export interface FormSubmitButtonOptions extends WidgetOptions {
  onClick?: (...args: never[]) => unknown;
  type?: "primary" | "secondary" | "tertiary";
  /** An emoji shown before the label. */
  icon?: string;
}

const TYPES = ["primary", "secondary", "tertiary"];

export function formSubmitButton(target: Container, label = "Submit", options: FormSubmitButtonOptions = {}): boolean {
  const type = options.type ?? "secondary";
  if (!TYPES.includes(type)) {
    throw new RivuletAPIError(
      `The type argument to st.formSubmitButton must be "primary", "secondary", or "tertiary".\nThe argument passed was "${String(type)}".`,
    );
  }
  return widget<boolean>(target, {
    api: SUBMIT_BUTTON_API,
    kind: "button",
    label,
    key: options.key,
    params: [options.help, type, options.icon, "submit"],
    initial: false,
    callback: options.onClick,
    args: options.args,
    reject: () => "a submit button takes clicks, not values",
    node: (id) => ({
      kind: "button",
      ...baseNode(id, label, options),
      type,
      ...(options.icon !== undefined ? { icon: options.icon } : {}),
      isFormSubmitter: true,
    }),
  });
}
