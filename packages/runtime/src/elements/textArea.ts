// st.text_area: text over several lines. Like st.text_input, its value reaches the script when
// the user leaves the field or presses Ctrl+Enter (⌘+Enter), not on each keystroke.

import * as v from "valibot";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf } from "../api/container.ts";
import { baseNode, widget, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { defineElement } from "./define.ts";
import { given, widgetFields } from "./fields.ts";
import { textWidgetRules } from "./textInput.ts";

export interface TextAreaOptions extends WidgetOptions {
  value?: string | null;
  /** In pixels (at least 68), "content" to grow with the text, or "stretch" to fill its container; about three lines by default. */
  height?: number | "content" | "stretch";
  maxChars?: number;
  placeholder?: string;
  onChange?: (...args: never[]) => unknown;
}

const kind = { kind: "textArea", widget: { model: "value", value: v.string() } } as const satisfies WidgetKindInfo;

/** st.text_area: the text, or null when `value: null` and nothing was typed yet. */
export function textArea(this: unknown, label: string, options: TextAreaOptions = {}): string | null {
  const height = checkHeight(options.height);
  const rules = textWidgetRules("textArea", options.value, options.maxChars);
  return widget<string | null>(containerOf(this), kind, {
    api: "textArea",
    label,
    key: options.key,
    keyedParams: [options.maxChars],
    params: [rules.initial, options.height, options.maxChars, options.help, options.placeholder],
    initial: rules.initial,
    valueGiven: options.value !== undefined,
    callback: options.onChange,
    args: options.args,
    reject: rules.reject,
    rejectState: rules.rejectState,
    node: (id, value) => ({
      kind: "textArea",
      ...baseNode(id, label, options),
      value,
      ...given(options, "placeholder", "maxChars"),
      ...(height !== undefined ? { height } : {}),
    }),
  });
}

function checkHeight(height: unknown): number | "content" | "stretch" | undefined {
  if (height === undefined || height === null || height === "content" || height === "stretch") return height ?? undefined;
  if (typeof height !== "number" || !Number.isInteger(height)) {
    throw invalidOption("textArea", "height", 'a number of pixels, "content" or "stretch"', height);
  }
  if (height < 68) throw invalidOption("textArea", "height", "at least 68 pixels", height);
  return height;
}

export const node = v.object({
  kind: v.literal("textArea"),
  ...widgetFields,
  /** null until the user types, when the script gave `value: null`. */
  value: v.nullable(v.string()),
  placeholder: v.optional(v.string()),
  maxChars: v.optional(v.number()),
  height: v.optional(v.union([v.pipe(v.number(), v.integer(), v.minValue(68)), v.picklist(["content", "stretch"])])),
});

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { textArea },
  testing: { interactions: { input: (_node, text: string) => ({ value: text }), setValue: (_node, text: string) => ({ value: text }) } },
  section: "Widgets",
  docs: [{ example: "const bio = st.textArea(\"Bio\", { maxChars: 200, placeholder: \"About you\" });", calls: ["st.textArea(label, { value, height, maxChars, placeholder, key, onChange, args, help, disabled, labelVisibility })"], streamlit: ["st.text_area"] }],
});
