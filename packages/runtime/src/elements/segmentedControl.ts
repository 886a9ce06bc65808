// st.segmentedControl: option buttons joined in one row; one chosen or (with
// `selectionMode: "multi"`) any number.
// What it shares with the other option button groups is in api/widgets/buttonGroup.ts.

import * as v from "valibot";
import { containerOf } from "../api/container.ts";
import { baseNode, type WidgetKindInfo } from "../api/widgets/widget.ts";
import { buttonGroup, buttonGroupOption, buttonGroupValue, type ButtonGroupOptions } from "../api/widgets/buttonGroup.ts";
import type { OptionsOf } from "../api/widgets/options.ts";
import { defineElement } from "./define.ts";
import { checkWidth, widgetFields, width } from "./fields.ts";

const kind = { kind: "segmentedControl", widget: { model: "value", value: buttonGroupValue, pageForm: true } } as const satisfies WidgetKindInfo;

/** st.segmented_control: the chosen option or null; with `selectionMode: "multi"`, the chosen options. */
export function segmentedControl<T>(this: unknown, label: string, options: OptionsOf<T>, groupOptions: ButtonGroupOptions<T> & { selectionMode: "multi" }): T[];
export function segmentedControl<T>(this: unknown, label: string, options: OptionsOf<T>, groupOptions?: ButtonGroupOptions<T> & { selectionMode?: "single" }): T | null;
export function segmentedControl<T>(this: unknown, label: string, options: OptionsOf<T>, groupOptions: ButtonGroupOptions<T> = {}): T | null | T[] {
  const size = checkWidth(groupOptions.width, "content");
  return buttonGroup(containerOf(this), kind, "segmentedControl", label, options, groupOptions, (id, { options, value, multi }) => ({
    kind: "segmentedControl",
    ...baseNode(id, label, groupOptions),
    options,
    value,
    ...(multi ? { multi: true as const } : {}),
    ...(size !== "content" ? { width: size } : {}),
  }));
}

export const node = v.object({
  kind: v.literal("segmentedControl"),
  ...widgetFields,
  options: v.array(buttonGroupOption),
  /** The chosen options' indexes. */
  value: buttonGroupValue,
  /** Any number may be chosen (`selectionMode: "multi"`); else one at most. */
  multi: v.optional(v.literal(true)),
  width,
});

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { segmentedControl },
  testing: {
    interactions: {
      /** The chosen option (or, in "multi" mode, options), as the script has them. */
      setValue: (_node, value: unknown) => ({ set: value }),
      /** Chooses `option`: in "multi" mode, adds it to the chosen ones. */
      select: (group: v.InferOutput<typeof node>, option: unknown) =>
        group.multi ? { update: (current) => ((current as unknown[]).includes(option) ? current : [...(current as unknown[]), option]) } : { set: option },
      /** Takes `option` out of the chosen ones. */
      unselect: (group: v.InferOutput<typeof node>, option: unknown) =>
        group.multi ? { update: (current) => (current as unknown[]).filter((chosen) => chosen !== option) } : { update: (current) => (current === option ? null : current) },
    },
  },
  section: "Widgets",
  docs: [
    {
      calls: ["st.segmentedControl(label, options, { selectionMode, default, formatFunc, key, onChange, args, help, disabled, labelVisibility, width })"],
      streamlit: ["st.segmented_control"],
      notes: 'returns the option or null; a list with `selectionMode: "multi"`',
      example: 'const mode = st.segmentedControl("Mode", [":material/light_mode: Light", ":material/dark_mode: Dark"], { default: ":material/light_mode: Light" });\nst.write("Mode:", mode);',
    },
  ],
});
