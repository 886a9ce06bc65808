// st.multiselect: any number of options, in the order the user picked them. As in Streamlit
// 1.50 the page sends the chosen options' labels (and, with `acceptNewOptions`, text it typed);
// the script gets the options themselves.

import * as v from "valibot";
import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf } from "../api/container.ts";
import { baseNode, widget, type PageForm, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { defaultOptions, optionIndex, optionLabels, optionList, type FormatFunc, type OptionsOf } from "../api/widgets/options.ts";
import type { Json } from "../wire/protocol.ts";
import { describeValue } from "../errors/describeValue.ts";
import { defineElement } from "./define.ts";
import { widgetFields } from "./fields.ts";

export interface MultiselectOptions<T> extends WidgetOptions {
  /** The options chosen at first: a list of options, or one. */
  default?: readonly T[] | T | null;
  formatFunc?: FormatFunc<T>;
  /** At most this many may be chosen. */
  maxSelections?: number;
  /** What the box shows while nothing is chosen. */
  placeholder?: string;
  /** Let the user type options that are not in the list: the script gets them as strings. */
  acceptNewOptions?: boolean;
  onChange?: (...args: never[]) => unknown;
}

const pageValue = v.array(v.string());

const kind = { kind: "multiselect", widget: { model: "value", value: pageValue, pageForm: true } } as const satisfies WidgetKindInfo;

/** st.multiselect: the chosen options, in the order chosen; typed ones as strings with `acceptNewOptions`. */
export function multiselect<T>(this: unknown, label: string, options: OptionsOf<T>, selectOptions: MultiselectOptions<T> & { acceptNewOptions: true }): (T | string)[];
export function multiselect<T>(this: unknown, label: string, options: OptionsOf<T>, selectOptions?: MultiselectOptions<T>): T[];
export function multiselect<T>(this: unknown, label: string, options: OptionsOf<T>, selectOptions: MultiselectOptions<T> = {}): (T | string)[] {
  const list = optionList("multiselect", options);
  const labels = optionLabels("multiselect", list, selectOptions.formatFunc);
  const acceptNew = selectOptions.acceptNewOptions === true;
  const max = checkMax(selectOptions.maxSelections);
  const initial = defaultOptions(list, selectOptions.default);
  const page = manyOptionsForm(list, labels, acceptNew);
  if (max !== undefined && initial.length > max) throw maxSelectionsExceeded(initial.length, max);
  return widget<(T | string)[]>(containerOf(this), kind, {
    api: "multiselect",
    label,
    key: selectOptions.key,
    keyedParams: [max, acceptNew],
    params: [JSON.stringify(labels), JSON.stringify(initial.map((o) => optionIndex(list, o))), selectOptions.help, max, selectOptions.placeholder, acceptNew],
    initial,
    valueGiven: initial.length > 0,
    callback: selectOptions.onChange,
    args: selectOptions.args,
    page: page as PageForm<(T | string)[]>,
    reject: (value) => {
      const chosen = value as string[];
      if (!acceptNew) {
        const unknown = chosen.find((label) => !labels.includes(label));
        if (unknown !== undefined) return `${describeValue(unknown)} is not one of its options`;
      }
      if (new Set(chosen).size !== chosen.length) return "it lists an option twice";
      return max !== undefined && chosen.length > max ? `it takes at most ${max} option${max === 1 ? "" : "s"}` : null;
    },
    rejectState: (value) => {
      if (!Array.isArray(value)) return "a list of its options";
      if (page.toPage(value) === undefined) {
        const stranger = value.find((item) => page.toPage([item]) === undefined);
        return `a list of its options (${describeValue(stranger)} is not one)`;
      }
      return max !== undefined && value.length > max ? `a list of at most ${max} options (its maxSelections)` : null;
    },
    node: (id, value) => ({
      kind: "multiselect",
      ...baseNode(id, label, selectOptions),
      options: labels,
      value: page.toPage(value) ?? [],
      placeholder: placeholderOf(selectOptions.placeholder, list.length, acceptNew),
      ...(max !== undefined ? { maxSelections: max } : {}),
      ...(acceptNew ? { acceptNewOptions: true as const } : {}),
    }),
  });
}

/** The page form: the chosen options' labels; typed options (with `acceptNew`) as their text. */
function manyOptionsForm<T>(list: readonly T[], labels: readonly string[], acceptNew: boolean) {
  return {
    toPage(value: unknown): string[] | undefined {
      if (!Array.isArray(value)) return undefined;
      const out: string[] = [];
      for (const item of value) {
        const index = optionIndex(list, item);
        if (index !== -1) out.push(labels[index]!);
        else if (acceptNew && typeof item === "string") out.push(item);
        else return undefined;
      }
      return out;
    },
    fromPage(value: Json): (T | string)[] {
      return (value as string[]).map((label) => {
        const index = labels.indexOf(label);
        return index === -1 ? label : list[index]!;
      });
    },
  } satisfies PageForm<unknown>;
}

function checkMax(max: unknown): number | undefined {
  if (max === undefined || max === null) return undefined;
  if (typeof max !== "number" || !Number.isInteger(max) || max < 1) {
    throw invalidOption("multiselect", "maxSelections", "a positive integer", max);
  }
  return max;
}

function maxSelectionsExceeded(count: number, max: number): RivuletAPIError<"max_selections_exceeded"> {
  const options = (n: number) => `${n} option${n === 1 ? "" : "s"}`;
  return new RivuletAPIError("max_selections_exceeded", { count: options(count), max: String(max), most: options(max) });
}

/** Streamlit 1.50's placeholders, by what the box can do. */
function placeholderOf(given: string | undefined, count: number, acceptNew: boolean): string {
  if (given !== undefined) return given;
  if (count === 0) return acceptNew ? "Add options" : "No options to select";
  return acceptNew ? "Choose or add options" : "Choose options";
}

export const node = v.object({
  kind: v.literal("multiselect"),
  ...widgetFields,
  /** The options' labels, in order. */
  options: v.array(v.string()),
  /** The chosen options' labels (typed ones as their text), in the order chosen. */
  value: pageValue,
  placeholder: v.string(),
  maxSelections: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  acceptNewOptions: v.optional(v.literal(true)),
});

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { multiselect },
  testing: {
    interactions: {
      /** The chosen options, as the script has them. */
      setValue: (_node, options: readonly unknown[]) => ({ set: options }),
      /** Adds `option` to the chosen ones (when it is not one yet). */
      select: (_node, option: unknown) => ({
        update: (current) => ((current as unknown[]).some((chosen) => optionIndex([chosen], option) === 0) ? current : [...(current as unknown[]), option]),
      }),
      /** Takes `option` out of the chosen ones. */
      unselect: (_node, option: unknown) => ({ update: (current) => (current as unknown[]).filter((chosen) => optionIndex([chosen], option) !== 0) }),
    },
  },
  section: "Widgets",
  docs: [
    {
      calls: ["st.multiselect(label, options, { default, formatFunc, maxSelections, placeholder, acceptNewOptions, key, onChange, args, help, disabled, labelVisibility })"],
      streamlit: ["st.multiselect"],
      notes: "returns the options themselves, in the order chosen",
      example: 'const colors = st.multiselect("Colors", ["Green", "Yellow", "Red", "Blue"], { default: ["Yellow", "Red"] });\nst.write("You selected:", colors.join(", "));',
    },
  ],
});
