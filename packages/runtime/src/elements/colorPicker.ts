// st.colorPicker: a colour swatch that opens a picker. The value is a hex string, `#000000` by
// default; a three-digit one (`#0af`) is kept as given until the user picks another colour.

import * as v from "valibot";
import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { containerOf } from "../api/container.ts";
import { baseNode, widget, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { typeName } from "../api/widgets/options.ts";
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
  const problem = colorProblem(value);
  if (problem !== null) throw new RivuletAPIError(problem);
  const size = checkWidth(options.width, "content");
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
    rejectState: colorProblem,
    node: (id, chosen) => ({ kind: "colorPicker", ...baseNode(id, label, options), value: chosen, ...(size !== "content" ? { width: size } : {}) }),
  });
}

/** Streamlit's messages for a value that is not a colour. */
function colorProblem(value: unknown): string | null {
  if (typeof value !== "string") {
    return `Color Picker Value has invalid type: ${typeName(value)}. Expects a hex string like '#00FFAA' or '#000'.`;
  }
  return HEX.test(value) ? null : `'${value}' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'.`;
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
