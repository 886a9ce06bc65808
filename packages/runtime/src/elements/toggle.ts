// st.toggle: a checkbox drawn as a switch (Streamlit's own is the checkbox with another look).

import * as v from "valibot";
import { containerOf } from "../api/container.ts";
import type { WidgetKindInfo } from "../api/widgets/widget.ts";
import { booleanWidget, type CheckboxOptions } from "./checkbox.ts";
import { defineElement } from "./define.ts";
import { widgetFields } from "./fields.ts";

export type ToggleOptions = CheckboxOptions;

const kind = { kind: "toggle", widget: { model: "value", value: v.boolean() } } as const satisfies WidgetKindInfo;

export function toggle(this: unknown, label: string, options: ToggleOptions = {}): boolean {
  return booleanWidget(containerOf(this), kind, "toggle", label, options);
}

export const node = v.object({ kind: v.literal("toggle"), ...widgetFields, value: v.boolean() });

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { toggle },
  testing: { interactions: { check: () => ({ value: true }), uncheck: () => ({ value: false }), setValue: (_node, value: boolean) => ({ value }) } },
  section: "Widgets",
  docs: [{ example: "const dark = st.toggle(\"Dark mode\");\nst.write(\"Dark:\", dark);", calls: ["st.toggle(label, { value, key, onChange, args, help, disabled, labelVisibility })"], streamlit: ["st.toggle"] }],
});
