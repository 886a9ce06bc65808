// What the definitions of st.pills and st.segmentedControl share, past the widget itself
// (api/widgets/buttonGroup.ts): the st function's type and body, the node's schema, AppTest's
// interactions and the README's call. Each kind's file gives its name, look and example.

import * as v from "valibot";
import { containerOf } from "../api/container.ts";
import { baseNode, type WidgetKindInfo } from "../api/widgets/widget.ts";
import { buttonGroup, buttonGroupOption, buttonGroupValue, type ButtonGroupOptions } from "../api/widgets/buttonGroup.ts";
import type { OptionsOf } from "../api/widgets/options.ts";
import type { Interaction } from "./define.ts";
import { checkWidth, widgetFields, width } from "./fields.ts";

/** The st function: the chosen option or null; with `selectionMode: "multi"`, the chosen options. */
export interface ButtonGroupFunction {
  <T>(this: unknown, label: string, options: OptionsOf<T>, groupOptions: ButtonGroupOptions<T> & { selectionMode: "multi" }): T[];
  <T>(this: unknown, label: string, options: OptionsOf<T>, groupOptions?: ButtonGroupOptions<T> & { selectionMode?: "single" }): T | null;
}

/** The widget model both kinds have: the page sends the chosen options' indexes. */
export const buttonGroupModel = { model: "value", value: buttonGroupValue, pageForm: true } as const;

/** The st function of the button-group kind `kind`. */
/* @__NO_SIDE_EFFECTS__ */
export function buttonGroupFunction<K extends string>(kind: { kind: K } & WidgetKindInfo): ButtonGroupFunction {
  return function <T>(this: unknown, label: string, options: OptionsOf<T>, groupOptions: ButtonGroupOptions<T> = {}): T | null | T[] {
    const size = checkWidth(kind.kind, groupOptions.width, "content");
    return buttonGroup(containerOf(this), kind, kind.kind, label, options, groupOptions, (id, { options, value, multi }) => ({
      kind: kind.kind,
      ...baseNode(id, label, groupOptions),
      options,
      value,
      ...(multi ? { multi: true as const } : {}),
      ...(size !== "content" ? { width: size } : {}),
    }) as never);
  } as ButtonGroupFunction;
}

/** The node's schema of the button-group kind `kind`. */
/* @__NO_SIDE_EFFECTS__ */
export function buttonGroupNode<K extends string>(kind: K) {
  return v.object({
    kind: v.literal(kind),
    ...widgetFields,
    options: v.array(buttonGroupOption),
    /** The chosen options' indexes. */
    value: buttonGroupValue,
    /** Any number may be chosen (`selectionMode: "multi"`); else one at most. */
    multi: v.optional(v.literal(true)),
    width,
  });
}

/** AppTest's interactions, as Streamlit's ButtonGroup has them. */
export const buttonGroupInteractions = {
  /** The chosen option (or, in "multi" mode, options), as the script has them. */
  setValue: (_node: never, value: unknown): Interaction => ({ set: value }),
  /** Chooses `option`: in "multi" mode, adds it to the chosen ones. */
  select: (group: { multi?: boolean }, option: unknown): Interaction =>
    group.multi ? { update: (current) => ((current as unknown[]).includes(option) ? current : [...(current as unknown[]), option]) } : { set: option },
  /** Takes `option` out of the chosen ones. */
  unselect: (group: { multi?: boolean }, option: unknown): Interaction =>
    group.multi ? { update: (current) => (current as unknown[]).filter((chosen) => chosen !== option) } : { update: (current) => (current === option ? null : current) },
};

/** The README's call of the st function `api`. */
export function buttonGroupCall(api: string): string {
  return `st.${api}(label, options, { selectionMode, default, formatFunc, key, onChange, args, help, disabled, labelVisibility, width })`;
}
