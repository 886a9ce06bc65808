// st.selectbox: one of a list of options, or nothing (`index: null`). The page shows the
// options' labels and sends the index of the chosen one; the script gets the option itself.
// With `acceptNewOptions` the user may type an option of their own, which the script gets as
// the string typed (the page sends it as a string).

import * as v from "valibot";
import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf } from "../api/container.ts";
import { baseNode, widget, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { defineElement } from "./define.ts";
import { widgetFields } from "./fields.ts";
import { oneOptionForm, oneOptionProblem, optionLabels, optionList, type FormatFunc, type OptionsOf } from "../api/widgets/options.ts";

export interface SelectboxOptions<T> extends WidgetOptions {
  /** The option chosen at first, by index (0 by default), or null for none until the user chooses. */
  index?: number | null;
  formatFunc?: FormatFunc<T>;
  /** What the box shows while nothing is chosen. */
  placeholder?: string;
  /** Let the user type an option that is not in the list: the script gets the string. */
  acceptNewOptions?: boolean;
  onChange?: (...args: never[]) => unknown;
}

/** The index of an option, a typed option (with `acceptNewOptions`), or nothing chosen. */
const pageValue = v.nullable(v.union([v.pipe(v.number(), v.integer(), v.minValue(0)), v.string()]));

const kind = { kind: "selectbox", widget: { model: "value", value: pageValue, pageForm: true } } as const satisfies WidgetKindInfo;

/**
 * st.selectbox: the chosen option; null while none is (`index: null`); the typed string when
 * the user may add one (`acceptNewOptions`). With no options it returns null, whatever `index`
 * says, as Streamlit does (the type then says `T`: there is no option to return).
 */
export function selectbox<T>(this: unknown, label: string, options: OptionsOf<T>, selectboxOptions: SelectboxOptions<T> & { index: null; acceptNewOptions: true }): T | string | null;
export function selectbox<T>(this: unknown, label: string, options: OptionsOf<T>, selectboxOptions: SelectboxOptions<T> & { index: null }): T | null;
export function selectbox<T>(this: unknown, label: string, options: OptionsOf<T>, selectboxOptions: SelectboxOptions<T> & { acceptNewOptions: true }): T | string;
export function selectbox<T>(this: unknown, label: string, options: OptionsOf<T>, selectboxOptions?: SelectboxOptions<T>): T;
export function selectbox<T>(this: unknown, label: string, options: OptionsOf<T>, selectboxOptions?: SelectboxOptions<T>): T | string | null {
  const given: SelectboxOptions<T> = selectboxOptions ?? {};
  const list = optionList("selectbox", options);
  const labels = optionLabels("selectbox", list, given.formatFunc);
  const index = checkIndex(given.index === undefined ? 0 : given.index, list.length);
  const acceptNew = given.acceptNewOptions === true;
  const page = oneOptionForm(list, labels, acceptNew);
  const initial = index === null || list.length === 0 ? null : list[index]!;
  const placeholder =
    list.length === 0 && !acceptNew ? "No options to select." : (given.placeholder ?? (acceptNew ? "Choose or add an option" : "Choose an option"));
  const notAnOption = (value: unknown): string | null =>
    page.toPage(value) === undefined ? `one of its options${acceptNew ? " or a string" : ""}` : null;
  return widget<unknown>(containerOf(this), kind, {
    api: "selectbox",
    label,
    key: given.key,
    keyedParams: [acceptNew],
    params: [JSON.stringify(labels), index, given.help, placeholder, acceptNew],
    initial,
    valueGiven: given.index !== undefined && given.index !== 0,
    callback: given.onChange,
    args: given.args,
    page,
    reject: (value) => oneOptionProblem(value, list.length, { clearable: index === null, acceptNew }),
    rejectState: notAnOption,
    node: (id, value) => ({
      kind: "selectbox",
      ...baseNode(id, label, given),
      options: labels,
      value: page.toPage(value) ?? null,
      placeholder,
      ...(index === null ? { clearable: true as const } : {}),
      ...(acceptNew ? { acceptNewOptions: true as const } : {}),
    }),
  }) as T | string | null;
}

function checkIndex(index: unknown, length: number): number | null {
  if (index === null) return null;
  if (typeof index !== "number" || !Number.isInteger(index)) throw invalidOption("selectbox", "index", "a whole number or null", index);
  if (length > 0 && (index < 0 || index >= length)) {
    throw new RivuletAPIError("option_index_out_of_range", { widget: "Selectbox", index: String(index), count: String(length) });
  }
  return index;
}

export const node = v.object({
  kind: v.literal("selectbox"),
  ...widgetFields,
  /** The options' labels, in order. */
  options: v.array(v.string()),
  /** The index of the chosen option, a typed one, or null for none. */
  value: pageValue,
  placeholder: v.string(),
  /** It started empty (`index: null`), so the user may empty it again. */
  clearable: v.optional(v.literal(true)),
  acceptNewOptions: v.optional(v.literal(true)),
});

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { selectbox },
  testing: {
    interactions: {
      /** Chooses `option` (an option as the script has it). */
      select: (_node, option: unknown) => ({ set: option }),
      selectIndex: (_node, index: number) => ({ value: index }),
      setValue: (_node, option: unknown) => ({ set: option }),
    },
  },
  section: "Widgets",
  docs: [
    {
      example: "const plan = st.selectbox(\"Plan\", [{ name: \"Free\" }, { name: \"Team\" }], { formatFunc: (p) => p.name });\nst.write(`You chose ${plan.name}`);", calls: ["st.selectbox(label, options, { index, formatFunc, placeholder, acceptNewOptions, key, onChange, args, help, disabled })"],
      streamlit: ["st.selectbox"],
      notes: "returns the option itself",
    },
  ],
});
