// st.button and st.formSubmitButton: one element (a button node; a form's submit button
// carries `isFormSubmitter`). A click is a trigger: true for exactly the one run it caused. A
// plain button may not sit in a form (its click could not be told from a submit); a submit
// button must, and its click sends the form's values with it (a `submit` message), and its
// `onClick` is the only callback a form may have.

import * as v from "valibot";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf } from "../api/container.ts";
import { baseNode, widget, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { CLICK, defineElement } from "./define.ts";
import { checkIcon, checkWidth, icon, widgetFields, width, type Width } from "./fields.ts";

export const BUTTON_TYPES = ["primary", "secondary", "tertiary"] as const;
const TYPES = BUTTON_TYPES;
export type ButtonType = (typeof TYPES)[number];

export interface ButtonOptions extends WidgetOptions {
  onClick?: (...args: never[]) => unknown;
  type?: ButtonType;
  /** An emoji, or a Material icon as `:material/name:`, before the label. */
  icon?: string;
  /** "content" (the default) fits the button to its label; "stretch" fills the container; or pixels. */
  width?: Width;
  /** Deprecated in Streamlit for `width: "stretch"`, which it means. */
  useContainerWidth?: boolean;
}

export type FormSubmitButtonOptions = ButtonOptions;

const kind = {
  kind: "button",
  widget: { model: "trigger" },
  placement: { button: "outside-forms", formSubmitButton: "in-forms" },
} as const satisfies WidgetKindInfo;

/** st.button: true for exactly the one run its click caused. */
export function button(this: unknown, label: string, options: ButtonOptions = {}): boolean {
  const look = buttonLook("button", options);
  return widget<boolean>(containerOf(this), kind, {
    api: "button",
    label,
    key: options.key,
    keyedParams: [],
    params: [options.help, look.type, look.icon, look.width],
    initial: false,
    callback: options.onClick,
    args: options.args,
    node: (id) => ({ kind: "button", ...baseNode(id, label, options), ...look }),
  });
}

/** st.formSubmitButton: the button of a form; true for the one run its click caused. */
export function formSubmitButton(this: unknown, label = "Submit", options: FormSubmitButtonOptions = {}): boolean {
  const look = buttonLook("formSubmitButton", options);
  return widget<boolean>(containerOf(this), kind, {
    api: "formSubmitButton",
    label,
    key: options.key,
    keyedParams: ["submit"],
    params: [options.help, look.type, look.icon, look.width, "submit"],
    initial: false,
    callback: options.onClick,
    args: options.args,
    node: (id) => ({ kind: "button", ...baseNode(id, label, options), ...look, isFormSubmitter: true }),
  });
}

/** What a button looks like, checked as Streamlit checks it (st.linkButton's too). */
export function buttonLook(api: string, options: Pick<ButtonOptions, "type" | "icon" | "width" | "useContainerWidth">): { type: ButtonType; icon?: string; width?: Width } {
  const type = options.type ?? "secondary";
  if (!TYPES.includes(type)) {
    throw invalidOption(api, "type", '"primary", "secondary" or "tertiary"', type);
  }
  const icon = checkIcon(api, options.icon);
  const width = options.useContainerWidth === true ? "stretch" : checkWidth(api, options.width, "content");
  return { type, ...(icon !== undefined ? { icon } : {}), ...(width !== "content" ? { width } : {}) };
}

export const node = v.object({
  kind: v.literal("button"),
  ...widgetFields,
  type: v.picklist(TYPES),
  /** An emoji or `:material/name:` before the label. */
  icon,
  width,
  /** `st.formSubmitButton`: a click sends the values of its form's widgets with it (`submit`). */
  isFormSubmitter: v.optional(v.literal(true)),
});

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { button, formSubmitButton },
  testing: { interactions: { click: () => CLICK } },
  section: "Widgets",
  docs: [
    { example: "if (st.button(\"Say hello\", { type: \"primary\" })) st.write(\"Hello!\");", calls: ["st.button(label, { key, onClick, args, help, disabled, type, icon, width })"], streamlit: ["st.button"], notes: "`true` for the one run its click caused" },
    {
      example: "const form = st.form(\"vote\");\nconst choice = form.selectbox(\"Choice\", [\"A\", \"B\"]);\nif (form.formSubmitButton(\"Vote\")) st.write(`Voted ${choice}`);", calls: ["st.formSubmitButton(label, { onClick, args, key, help, type, icon, disabled, width })"],
      streamlit: ["st.form_submit_button"],
      notes: "only inside a form; `true` for the run its click caused; the only callback a form may have",
    },
  ],
});
