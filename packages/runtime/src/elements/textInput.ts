// st.text_input

import * as v from "valibot";
import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { containerOf } from "../api/container.ts";
import { baseNode, widget, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { defineElement } from "./define.ts";
import { widgetFields } from "./fields.ts";

export interface TextInputOptions extends WidgetOptions {
  value?: string | null;
  maxChars?: number;
  type?: "default" | "password";
  placeholder?: string;
  onChange?: (...args: never[]) => unknown;
}

const kind = { kind: "textInput", widget: { model: "value", value: v.string() } } as const satisfies WidgetKindInfo;

/** st.text_input: the text, or null when `value: null` and nothing was typed yet. */
export function textInput(this: unknown, label: string, options: TextInputOptions = {}): string | null {
  const maxChars = options.maxChars;
  const initial = options.value === undefined ? "" : options.value;
  if (maxChars !== undefined && initial !== null && initial.length > maxChars) {
    throw new RivuletAPIError(
      `The default value "${initial}" of st.textInput("${label}") has ${initial.length} characters, more than maxChars (${maxChars}).`,
    );
  }
  return widget<string | null>(containerOf(this), kind, {
    api: "textInput",
    label,
    key: options.key,
    params: [initial, maxChars, options.type, options.help, options.placeholder],
    initial,
    valueGiven: options.value !== undefined,
    callback: options.onChange,
    args: options.args,
    reject: (text) => (maxChars !== undefined && (text as string).length > maxChars ? `${(text as string).length} characters is more than maxChars (${maxChars})` : null),
    node: (id, value) => ({
      kind: "textInput",
      ...baseNode(id, label, options),
      value,
      type: options.type ?? "default",
      ...(options.placeholder !== undefined ? { placeholder: options.placeholder } : {}),
      ...(maxChars !== undefined ? { maxChars } : {}),
    }),
  });
}

export const node = v.object({
  kind: v.literal("textInput"),
  ...widgetFields,
  /** null until the user types, when the script gave `value: null`. */
  value: v.nullable(v.string()),
  placeholder: v.optional(v.string()),
  maxChars: v.optional(v.number()),
  type: v.picklist(["default", "password"]),
});

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { textInput },
  testing: { interactions: { input: (_node, text: string) => ({ value: text }) } },
  section: "Widgets",
  docs: [{ calls: ["st.textInput(label, { value, maxChars, type, placeholder, key, onChange, args, help, disabled })"], streamlit: ["st.text_input"] }],
});
