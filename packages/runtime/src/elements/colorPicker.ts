// st.colorPicker: a colour swatch that opens a picker. The value is a hex string, `#000000` by
// default; a three-digit one (`#0af`) is kept as given until the user picks another colour.

import * as v from "valibot";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf } from "../api/container.ts";
import { baseNode, widget, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { defineElement } from "./define.ts";
import { checkWidth, widgetFields, width, type Width } from "./fields.ts";

export interface ColorPickerOptions extends WidgetOptions {
  /** The colour at first, as `#rrggbb` or `#rgb`: black by default. */
  value?: string;
  onChange?: (...args: never[]) => unknown;
  width?: Width;
}

const HEX = /^#(?:[0-9a-fA-F]{3}){1,2}$/;

const pageValue = v.pipe(v.string(), v.regex(HEX));

const kind = { kind: "colorPicker", widget: { model: "value", value: pageValue } } as const satisfies WidgetKindInfo;

/** st.colorPicker: the chosen colour as a hex string. */
export function colorPicker(this: unknown, label: string, options: ColorPickerOptions = {}): string {
  const value = options.value ?? "#000000";
  const expected = colorExpected(value);
  if (expected !== null) throw invalidOption("colorPicker", "value", expected, value);
  const size = checkWidth("colorPicker", options.width, "content");
  return widget<string>(containerOf(this), kind, {
    api: "colorPicker",
    label,
    key: options.key,
    // Streamlit 1.50: with a key, the key alone is the colour picker's identity.
    keyedParams: [],
    params: [value, options.help],
    initial: value,
    valueGiven: options.value !== undefined,
    callback: options.onChange,
    args: options.args,
    rejectState: colorExpected,
    node: (id, chosen) => ({ kind: "colorPicker", ...baseNode(id, label, options), value: chosen, ...(size !== "content" ? { width: size } : {}) }),
  });
}

/** When `value` is not a colour, what a colour picker takes; null when it is one. */
function colorExpected(value: unknown): string | null {
  return typeof value === "string" && HEX.test(value) ? null : "a hex colour such as '#00FFAA' or '#000'";
}

export const node = v.object({
  kind: v.literal("colorPicker"),
  ...widgetFields,
  /** `#rrggbb` or `#rgb`. */
  value: pageValue,
  width,
});

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { colorPicker },
  testing: {
    interactions: {
      /** Picks `color`, a hex string. */
      pick: (_node, color: string) => ({ value: color }),
      setValue: (_node, color: string) => ({ value: color }),
    },
  },
  section: "Widgets",
  docs: [
    {
      calls: ["st.colorPicker(label, { value, key, onChange, args, help, disabled, labelVisibility, width })"],
      streamlit: ["st.color_picker"],
      notes: 'a hex string, `"#000000"` by default',
      example: 'const color = st.colorPicker("Pick a color", { value: "#00f900" });\nst.write("The current color is", color);',
    },
  ],
});
