import { RivuletAPIError } from "../../errors/RivuletAPIError.ts";
import { describeValue } from "../../wire/pageValues.ts";
import type { Container } from "../container.ts";
import { baseNode, widget, type WidgetOptions } from "./widget.ts";

export interface TextInputOptions extends WidgetOptions {
  value?: string | null;
  maxChars?: number;
  type?: "default" | "password";
  placeholder?: string;
  onChange?: (...args: never[]) => unknown;
}

/** st.text_input: the text, or null when `value: null` and nothing was typed yet. */
export function textInput(target: Container, label: string, options: TextInputOptions = {}): string | null {
  const maxChars = options.maxChars;
  const initial = options.value === undefined ? "" : options.value;
  if (maxChars !== undefined && initial !== null && initial.length > maxChars) {
    throw new RivuletAPIError(
      `The default value "${initial}" of st.textInput("${label}") has ${initial.length} characters, more than maxChars (${maxChars}).`,
    );
  }
  return widget<string | null>(target, {
    api: "textInput",
    kind: "textInput",
    label,
    key: options.key,
    params: [initial, maxChars, options.type, options.help, options.placeholder],
    initial,
    valueGiven: options.value !== undefined,
    callback: options.onChange,
    args: options.args,
    reject: (v) =>
      typeof v !== "string"
        ? `expected a string, got ${describeValue(v)}`
        : maxChars !== undefined && v.length > maxChars
          ? `${v.length} characters is more than maxChars (${maxChars})`
          : null,
    node: (id, v) => ({
      kind: "textInput",
      ...baseNode(id, label, options),
      value: v,
      type: options.type ?? "default",
      ...(options.placeholder !== undefined ? { placeholder: options.placeholder } : {}),
      ...(maxChars !== undefined ? { maxChars } : {}),
    }),
  });
}
