// st.checkbox

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { baseNode, widget, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { defineElement } from "./define.ts";
import { widgetFields } from "./fields.ts";

export interface CheckboxOptions extends WidgetOptions {
  value?: boolean;
  onChange?: (...args: never[]) => unknown;
}

const kind = { kind: "checkbox", widget: { model: "value", value: v.boolean() } } as const satisfies WidgetKindInfo;

export function checkbox(this: unknown, label: string, options: CheckboxOptions = {}): boolean {
  return booleanWidget(containerOf(this), kind, "checkbox", label, options);
}

/** A widget that is on or off (st.checkbox, st.toggle): they differ only in their kind and look. */
export function booleanWidget(target: Container, info: WidgetKindInfo & { kind: "checkbox" | "toggle" }, api: string, label: string, options: CheckboxOptions): boolean {
  if (options.value !== undefined && typeof options.value !== "boolean") {
    throw invalidOption(api, "value", "true or false", options.value);
  }
  return widget<boolean>(target, info, {
    api,
    label,
    key: options.key,
    keyedParams: [],
    params: [options.value, options.help],
    initial: options.value ?? false,
    valueGiven: options.value !== undefined,
    callback: options.onChange,
    args: options.args,
    rejectState: (value) => (typeof value === "boolean" ? null : "true or false"),
    node: (id, value) => ({ kind: info.kind, ...baseNode(id, label, options), value }),
  });
}

export const node = v.object({ kind: v.literal("checkbox"), ...widgetFields, value: v.boolean() });

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { checkbox },
  testing: { interactions: { check: () => ({ value: true }), uncheck: () => ({ value: false }), setValue: (_node, value: boolean) => ({ value }) } },
  section: "Widgets",
  docs: [{ example: "if (st.checkbox(\"Show details\")) st.text(\"Details…\");", calls: ["st.checkbox(label, { value, key, onChange, args, help, disabled, labelVisibility })"], streamlit: ["st.checkbox"] }],
});
