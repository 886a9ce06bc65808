// st.select_slider: a slider over a list of options of any type, one option or a range of two
// (`value: [a, b]`). Like st.selectbox, the page shows the options' labels and sends indexes;
// the script gets the options themselves. A value that is a list is a range (Streamlit's rule),
// unless that list is itself one of the options.

import * as v from "valibot";
import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf } from "../api/container.ts";
import { baseNode, widget, type PageForm, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { optionIndex, optionLabels, optionList, type FormatFunc, type OptionsOf } from "../api/widgets/options.ts";
import type { Json } from "../wire/protocol.ts";
import { describeValue } from "../errors/describeValue.ts";
import { defineElement } from "./define.ts";
import { widgetFields } from "./fields.ts";

export interface SelectSliderOptions<T> extends WidgetOptions {
  /** The option chosen at first (the first by default), or `[a, b]` for a range. */
  value?: T | readonly [T, T];
  formatFunc?: FormatFunc<T>;
  onChange?: (...args: never[]) => unknown;
}

const index = v.pipe(v.number(), v.integer(), v.minValue(0));
const pageValue = v.union([index, v.pipe(v.array(index), v.length(2))]);

const kind = { kind: "selectSlider", widget: { model: "value", value: pageValue, pageForm: true } } as const satisfies WidgetKindInfo;

/** st.select_slider: the chosen option, or `[a, b]` (in the options' order) for a range. */
export function selectSlider<T>(this: unknown, label: string, options: OptionsOf<T>, sliderOptions: SelectSliderOptions<T> & { value: readonly [T, T] }): [T, T];
export function selectSlider<T>(this: unknown, label: string, options: OptionsOf<T>, sliderOptions?: SelectSliderOptions<T>): T;
export function selectSlider<T>(this: unknown, label: string, options: OptionsOf<T>, sliderOptions: SelectSliderOptions<T> = {}): T | [T, T] {
  const list = optionList("selectSlider", options);
  if (list.length === 0) throw invalidOption("selectSlider", "options", "a non-empty list", list);
  const labels = optionLabels("selectSlider", list, sliderOptions.formatFunc);
  const given = sliderOptions.value;
  const range = Array.isArray(given) && optionIndex(list, given) === -1;
  if (range && (given as unknown[]).length !== 2) {
    throw invalidOption("selectSlider", "value", "an option, or a list of two options (a range)", given);
  }
  const page = selectSliderForm(list, range);
  const initial: number | number[] = given === undefined ? 0 : indexesOf(list, range ? (given as unknown[]) : [given]);
  return widget<unknown>(containerOf(this), kind, {
    api: "selectSlider",
    label,
    key: sliderOptions.key,
    params: [JSON.stringify(labels), JSON.stringify(initial), sliderOptions.help],
    initial: page.fromPage(initial),
    valueGiven: given !== undefined,
    callback: sliderOptions.onChange,
    args: sliderOptions.args,
    page,
    reject: (value) => {
      const indexes = Array.isArray(value) ? (value as number[]) : [value as number];
      if (Array.isArray(value) !== range) return range ? "it is a range slider and takes a list of 2" : "it takes one index, not a list";
      if (indexes.some((i) => i >= list.length)) return `it has no option ${Math.max(...indexes)} (it has ${list.length})`;
      return indexes.length === 2 && indexes[0]! > indexes[1]! ? "the start of its range is past its end" : null;
    },
    rejectState: (value) =>
      page.toPage(value) === undefined ? (range ? "a list of two of its options (it is a range slider)" : "one of its options") : null,
    node: (id, value) => ({
      kind: "selectSlider",
      ...baseNode(id, label, sliderOptions),
      options: labels,
      value: (page.toPage(value) ?? initial) as number | number[],
    }),
  }) as T | [T, T];
}

/** The options' indexes, a range's in order (Streamlit swaps a reversed one); Streamlit's error for a value that is not an option. */
function indexesOf(list: readonly unknown[], values: readonly unknown[]): number | number[] {
  const found = values.map((value) => {
    const at = optionIndex(list, value);
    if (at === -1) throw new RivuletAPIError("default_not_an_option", { value: describeValue(value) });
    return at;
  });
  return found.length === 1 ? found[0]! : found.sort((a, b) => a - b);
}

/** The page holds indexes; the script, the options (a pair for a range). */
function selectSliderForm(list: readonly unknown[], range: boolean): PageForm<unknown> {
  return {
    toPage(value: unknown): Json | undefined {
      if (range !== (Array.isArray(value) && optionIndex(list, value) === -1)) return undefined;
      const values = range ? (value as unknown[]) : [value];
      if (values.length !== (range ? 2 : 1)) return undefined;
      const found = values.map((item) => optionIndex(list, item));
      if (found.includes(-1)) return undefined;
      return range ? found.sort((a, b) => a - b) : found[0]!;
    },
    fromPage(value: Json): unknown {
      return Array.isArray(value) ? value.map((i) => list[i as number]) : list[value as number];
    },
  };
}

export const node = v.object({
  kind: v.literal("selectSlider"),
  ...widgetFields,
  /** The options' labels, in order. */
  options: v.array(v.string()),
  /** The chosen option's index, or the range's two. */
  value: pageValue,
});

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { selectSlider },
  testing: {
    interactions: {
      /** Chooses an option (as the script has it), or a pair of them for a range. */
      setValue: (_node, value: unknown) => ({ set: value }),
      /** Sets a range's two ends (options as the script has them). */
      setRange: (_node, lo: unknown, hi: unknown) => ({ set: [lo, hi] }),
    },
  },
  section: "Widgets",
  docs: [
    {
      calls: ["st.selectSlider(label, options, { value, formatFunc, key, onChange, args, help, disabled, labelVisibility })"],
      streamlit: ["st.select_slider"],
      notes: "returns the option itself; `value: [a, b]` for a range",
      example:
        'const color = st.selectSlider("Color", ["red", "orange", "yellow", "green", "blue"], { value: "green" });\nconst [from, to] = st.selectSlider("Wavelengths", ["red", "orange", "yellow", "green", "blue"], { value: ["red", "blue"] });\nst.write("You chose", color, "and", from, "to", to);',
    },
  ],
});
