// st.text_input

import * as v from "valibot";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf } from "../api/container.ts";
import { baseNode, widget, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import type { Json } from "../wire/protocol.ts";
import { defineElement } from "./define.ts";
import { given, widgetFields } from "./fields.ts";

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
  if (options.type !== undefined && options.type !== "default" && options.type !== "password") {
    throw invalidOption("textInput", "type", '"default" or "password"', options.type);
  }
  const rules = textWidgetRules("textInput", options.value, options.maxChars);
  return widget<string | null>(containerOf(this), kind, {
    api: "textInput",
    label,
    key: options.key,
    keyedParams: [options.maxChars],
    params: [rules.initial, options.maxChars, options.type, options.help, options.placeholder],
    initial: rules.initial,
    valueGiven: options.value !== undefined,
    callback: options.onChange,
    args: options.args,
    reject: rules.reject,
    rejectState: rules.rejectState,
    node: (id, value) => ({
      kind: "textInput",
      ...baseNode(id, label, options),
      value,
      type: options.type ?? "default",
      ...given(options, "placeholder", "maxChars"),
    }),
  });
}

/**
 * What st.text_input and st.text_area share: the default ("" unless given; null for none yet),
 * and `maxChars`, counted in characters as Python counts them (code points, not UTF-16 units).
 */
export function textWidgetRules(api: string, value: string | null | undefined, maxChars: number | undefined) {
  if (value !== undefined && value !== null && typeof value !== "string") {
    throw invalidOption(api, "value", "a string or null", value);
  }
  if (maxChars !== undefined && (!Number.isInteger(maxChars) || maxChars <= 0)) {
    throw invalidOption(api, "maxChars", "a positive integer", maxChars);
  }
  const initial = value === undefined ? "" : value;
  const tooLong = (text: string): string | null => {
    const length = characters(text);
    return maxChars !== undefined && length > maxChars ? `${length} characters is more than maxChars (${maxChars})` : null;
  };
  if (initial !== null && tooLong(initial) !== null) {
    throw invalidOption(api, "value", `at most maxChars (${maxChars}) characters long`, initial);
  }
  return {
    initial,
    reject: (text: Json) => tooLong(text as string),
    rejectState: (text: unknown): string | null =>
      text === null || (typeof text === "string" && tooLong(text) === null)
        ? null
        : typeof text !== "string"
          ? "a string or null"
          : `text of at most ${maxChars} characters (its maxChars)`,
  };
}

function characters(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
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
  testing: { interactions: { input: (_node, text: string) => ({ value: text }), setValue: (_node, text: string) => ({ value: text }) } },
  section: "Widgets",
  docs: [{ example: "const name = st.textInput(\"Name\", { placeholder: \"Ada\" });\nif (name) st.write(`Hi, ${name}`);", calls: ["st.textInput(label, { value, maxChars, type, placeholder, key, onChange, args, help, disabled, labelVisibility })"], streamlit: ["st.text_input"] }],
});
