// st.radio: one of a few options, all shown, as radio buttons (in a row with `horizontal`),
// each with an optional caption under it. Like st.selectbox, the page sends the index of the
// chosen option and the script gets the option itself; `index: null` starts with none chosen.

import * as v from "valibot";
import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf } from "../api/container.ts";
import { baseNode, widget, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { oneOptionForm, oneOptionProblem, optionLabels, optionList, type FormatFunc, type OptionsOf } from "../api/widgets/options.ts";
import { defineElement } from "./define.ts";
import { widgetFields } from "./fields.ts";

export interface RadioOptions<T> extends WidgetOptions {
  /** The option chosen at first, by index (0 by default), or null for none. */
  index?: number | null;
  formatFunc?: FormatFunc<T>;
  /** Lay the options out in a row. */
  horizontal?: boolean;
  /** A line of Markdown under each option, in order. */
  captions?: readonly string[];
  onChange?: (...args: never[]) => unknown;
}

const pageValue = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));

const kind = { kind: "radio", widget: { model: "value", value: pageValue, pageForm: true } } as const satisfies WidgetKindInfo;

/** st.radio: the chosen option, or null while none is (`index: null`, or no options). */
export function radio<T>(this: unknown, label: string, options: OptionsOf<T>, radioOptions: RadioOptions<T> & { index: null }): T | null;
export function radio<T>(this: unknown, label: string, options: OptionsOf<T>, radioOptions?: RadioOptions<T>): T;
export function radio<T>(this: unknown, label: string, options: OptionsOf<T>, radioOptions: RadioOptions<T> = {}): T | null {
  const list = optionList("radio", options);
  const labels = optionLabels("radio", list, radioOptions.formatFunc);
  const index = checkIndex(radioOptions.index === undefined ? 0 : radioOptions.index, list.length);
  const captions = checkCaptions(radioOptions.captions);
  const page = oneOptionForm(list, labels, false);
  return widget<unknown>(containerOf(this), kind, {
    api: "radio",
    label,
    key: radioOptions.key,
    params: [JSON.stringify(labels), index, radioOptions.help, radioOptions.horizontal === true, JSON.stringify(captions ?? [])],
    initial: index === null || list.length === 0 ? null : list[index],
    valueGiven: radioOptions.index !== undefined && radioOptions.index !== 0,
    callback: radioOptions.onChange,
    args: radioOptions.args,
    page,
    reject: (value) => oneOptionProblem(value, list.length, { clearable: false, acceptNew: false }),
    rejectState: (value) =>
      page.toPage(value) === undefined ? "one of its options" : null,
    node: (id, value) => ({
      kind: "radio",
      ...baseNode(id, label, radioOptions),
      options: labels,
      value: (page.toPage(value) as number | null | undefined) ?? null,
      ...(radioOptions.horizontal === true ? { horizontal: true as const } : {}),
      ...(captions !== undefined ? { captions } : {}),
    }),
  }) as T | null;
}

function checkIndex(index: unknown, length: number): number | null {
  if (index === null) return null;
  if (typeof index !== "number" || !Number.isInteger(index)) throw invalidOption("radio", "index", "a whole number or null", index);
  if (length > 0 && (index < 0 || index >= length)) throw new RivuletAPIError("option_index_out_of_range", { widget: "Radio", index: String(index), count: String(length) });
  return index;
}

function checkCaptions(captions: unknown): string[] | undefined {
  if (captions === undefined || captions === null) return undefined;
  if (!Array.isArray(captions)) throw invalidOption("radio", "captions", "a list of strings", captions);
  for (const caption of captions) {
    if (typeof caption !== "string") throw invalidOption("radio", "captions", "a list of strings", caption);
  }
  return captions as string[];
}

export const node = v.object({
  kind: v.literal("radio"),
  ...widgetFields,
  /** The options' labels, in order. */
  options: v.array(v.string()),
  /** The index of the chosen option, or null for none. */
  value: pageValue,
  horizontal: v.optional(v.literal(true)),
  /** Markdown under each option (fewer than the options: the rest have none). */
  captions: v.optional(v.array(v.string())),
});

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { radio },
  testing: {
    interactions: {
      /** Chooses `option` (an option as the script has it). */
      setValue: (_node, option: unknown) => ({ set: option }),
      select: (_node, option: unknown) => ({ set: option }),
      selectIndex: (_node, index: number) => ({ value: index }),
    },
  },
  section: "Widgets",
  docs: [
    {
      calls: ["st.radio(label, options, { index, formatFunc, horizontal, captions, key, onChange, args, help, disabled, labelVisibility })"],
      streamlit: ["st.radio"],
      notes: "returns the option itself",
      example: 'const genre = st.radio("Genre", ["Comedy", "Drama"], { captions: ["Laugh", "Cry"], horizontal: true });\nst.write("You chose", genre);',
    },
  ],
});
