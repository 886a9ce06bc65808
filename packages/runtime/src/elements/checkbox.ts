// st.checkbox

import * as v from "valibot";
import { containerOf } from "../api/container.ts";
import { baseNode, widget, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { defineElement } from "./define.ts";
import { widgetFields } from "./fields.ts";

export interface CheckboxOptions extends WidgetOptions {
  value?: boolean;
  onChange?: (...args: never[]) => unknown;
}

const kind = { kind: "checkbox", widget: { model: "value", value: v.boolean() } } as const satisfies WidgetKindInfo;

export function checkbox(this: unknown, label: string, options: CheckboxOptions = {}): boolean {
  return widget<boolean>(containerOf(this), kind, {
    api: "checkbox",
    label,
    key: options.key,
    params: [options.value, options.help],
    initial: options.value ?? false,
    valueGiven: options.value !== undefined,
    callback: options.onChange,
    args: options.args,
    node: (id, value) => ({ kind: "checkbox", ...baseNode(id, label, options), value: Boolean(value) }),
  });
}

export const node = v.object({ kind: v.literal("checkbox"), ...widgetFields, value: v.boolean() });

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { checkbox },
  testing: { interactions: { check: () => ({ value: true }), uncheck: () => ({ value: false }) } },
  section: "Widgets",
  docs: [{ calls: ["st.checkbox(label, { value, key, onChange, args, help, disabled })"], streamlit: ["st.checkbox"] }],
});
