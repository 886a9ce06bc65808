// st.slider over numbers, dates (`Date`s, a calendar day each) or times of day ("HH:MM"), one
// value or a range (`value: [lo, hi]`). Defaults, bounds and errors follow Streamlit's
// (api/widgets/sliderRules.ts): integers go from 0 to 100 in steps of 1, floats from 0.0 to 1.0
// in steps of 0.01, dates two weeks either side of the value in steps of a day, times from 00:00
// to 23:59 in steps of 15 minutes; reversed bounds are swapped and a default outside them widens
// them. The page holds numbers (a date as its day number, a time as minutes since midnight) and
// the script gets its own values back.

import * as v from "valibot";
import { containerOf } from "../api/container.ts";
import { baseNode, widget, type PageForm, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { keyedStateValue } from "../api/widgets/keyedState.ts";
import { fromScale, shown, sliderRules, toScale, type SliderRules } from "../api/widgets/sliderRules.ts";
import type { Json } from "../wire/protocol.ts";
import { defineElement } from "./define.ts";
import { widgetFields } from "./fields.ts";

/** A time of day, "HH:MM" (24-hour). */
export type TimeOfDay = string;

interface SliderOptionsOf<T> extends WidgetOptions {
  minValue?: T;
  maxValue?: T;
  /** The step: a number's, in days for dates, in minutes for times. */
  step?: number;
  /** How the page shows values: printf-style for numbers ("%d", "%.1f"), Moment.js tokens for dates and times ("YYYY-MM-DD", "HH:mm"). */
  format?: string;
  onChange?: (...args: never[]) => unknown;
}

export interface SliderOptions<T extends number | Date | TimeOfDay = number> extends SliderOptionsOf<T> {
  /** One value, or `[lo, hi]` for a range; the minimum by default. */
  value?: T | readonly [T, T] | readonly [T] | readonly [];
}

/** One value, or a list of one or two (a range), on the page's scale. */
const scale = v.pipe(v.number(), v.finite());
const pageValue = v.union([scale, v.pipe(v.array(scale), v.minLength(1), v.maxLength(2))]);

const kind = { kind: "slider", widget: { model: "value", value: pageValue, pageForm: true } } as const satisfies WidgetKindInfo;

/** st.slider: the value, or `[lo, hi]` for a range; Dates and "HH:MM" times come back as they went in. */
export function slider(this: unknown, label: string, options: SliderOptions<number> & { value: readonly [number, number] | readonly [] }): [number, number];
export function slider(this: unknown, label: string, options: SliderOptionsOf<Date> & { value: readonly [Date, Date] }): [Date, Date];
export function slider(this: unknown, label: string, options: SliderOptionsOf<TimeOfDay> & { value: readonly [TimeOfDay, TimeOfDay] }): [TimeOfDay, TimeOfDay];
export function slider(this: unknown, label: string, options: SliderOptionsOf<Date> & ({ value: Date } | { minValue: Date })): Date;
export function slider(this: unknown, label: string, options: SliderOptionsOf<TimeOfDay> & ({ value: TimeOfDay } | { minValue: TimeOfDay })): TimeOfDay;
export function slider(this: unknown, label: string, options?: SliderOptions<number> & { value?: number }): number;
export function slider<T extends number | Date | TimeOfDay>(this: unknown, label: string, options?: SliderOptions<T>): T | T[];
export function slider(this: unknown, label: string, options: SliderOptions<number | Date | TimeOfDay> = {}): unknown {
  const rules = sliderRules(options, keyedStateValue("slider", options.key));
  const page = sliderForm(rules);
  return widget<unknown>(containerOf(this), kind, {
    api: "slider",
    label,
    key: options.key,
    params: [rules.dataType, rules.min, rules.max, JSON.stringify(rules.initial), rules.range, rules.step, rules.format, options.help],
    initial: page.fromPage(rules.range ? rules.initial : rules.initial[0]!),
    valueGiven: options.value !== undefined,
    callback: options.onChange,
    args: options.args,
    page,
    reject: (value) => pageProblem(rules, value),
    rejectState: (value) => stateProblem(rules, value),
    node: (id, value) => ({
      kind: "slider",
      ...baseNode(id, label, options),
      value: (page.toPage(value) ?? rules.initial) as number | number[],
      min: rules.min,
      max: rules.max,
      step: rules.step,
      dataType: rules.dataType,
      format: rules.format,
    }),
  });
}

/** The page holds numbers on the slider's scale; the script, its own values (a list for a range). */
function sliderForm(rules: SliderRules): PageForm<unknown> {
  return {
    toPage(value: unknown): Json | undefined {
      const values = rules.range ? (Array.isArray(value) ? (value as unknown[]) : null) : [value];
      if (values === null || values.length !== rules.initial.length) return undefined;
      const scaled = values.map((item) => toScale(rules.dataType, item));
      if (scaled.some((n) => n === undefined)) return undefined;
      return rules.range ? (scaled as number[]) : scaled[0]!;
    },
    fromPage(value: Json): unknown {
      return Array.isArray(value) ? value.map((n) => fromScale(rules.dataType, n as number)) : fromScale(rules.dataType, value as number);
    },
  };
}

/** Why the page's value (past the value schema) does not fit this slider, or null. */
function pageProblem(rules: SliderRules, value: Json): string | null {
  const values = Array.isArray(value) ? (value as number[]) : [value as number];
  if (Array.isArray(value) !== rules.range || values.length !== rules.initial.length) {
    return rules.range ? `it is a range slider and takes a list of ${rules.initial.length}` : "it takes one number, not a list";
  }
  if (values.length === 2 && values[0]! > values[1]!) return "the start of its range is past its end";
  for (const n of values) {
    if (rules.dataType !== "float" && !Number.isInteger(n)) return `${n} is not a whole number, and this slider takes ${wholeUnits(rules)}`;
    const problem = outOfRange(rules, n);
    if (problem !== null) return problem;
  }
  return null;
}

function wholeUnits(rules: SliderRules): string {
  return rules.dataType === "date" ? "day numbers" : rules.dataType === "time" ? "minutes" : "integers";
}

function outOfRange(rules: SliderRules, n: number): string | null {
  if (n < rules.min) return `The \`value\` ${shown(rules.dataType, n)} is less than the \`minValue\` ${shown(rules.dataType, rules.min)}.`;
  if (n > rules.max) return `The \`value\` ${shown(rules.dataType, n)} is greater than the \`maxValue\` ${shown(rules.dataType, rules.max)}.`;
  return null;
}

/** When a value set through st.sessionState does not fit this slider, what it takes; or null. */
function stateProblem(rules: SliderRules, value: unknown): string | null {
  const what = rules.dataType === "date" ? "a Date" : rules.dataType === "time" ? 'an "HH:MM" time' : "a number";
  const expected = `${what} from ${shown(rules.dataType, rules.min)} to ${shown(rules.dataType, rules.max)}`;
  if (rules.range && !(Array.isArray(value) && value.length === rules.initial.length)) {
    return `a list of ${rules.initial.length} values (it is a range slider), each ${expected}`;
  }
  const values = rules.range ? (value as unknown[]) : [value];
  for (const item of values) {
    const n = toScale(rules.dataType, item);
    if (n === undefined || outOfRange(rules, n) !== null) return rules.range ? `a list of ${rules.initial.length} values, each ${expected}` : expected;
  }
  return null;
}

export const node = v.object({
  kind: v.literal("slider"),
  ...widgetFields,
  /** One value, or the range's values, on the slider's scale (a date as its day number, a time as minutes since midnight). */
  value: pageValue,
  min: v.number(),
  max: v.number(),
  /** In the scale's units: days for dates, minutes for times. */
  step: v.pipe(v.number(), v.gtValue(0)),
  /** What the numbers are, and so how the page shows them. */
  dataType: v.picklist(["int", "float", "date", "time"]),
  /** printf-style (sprintf-js) for numbers, Moment.js tokens for dates and times. */
  format: v.string(),
});

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { slider },
  testing: {
    interactions: {
      /** Sets the value as the script has it (a number, a Date, an "HH:MM" time, or a pair for a range). */
      setValue: (_node, value: unknown) => ({ set: value }),
      /** Sets a range slider's two ends. */
      setRange: (_node, lo: unknown, hi: unknown) => ({ set: [lo, hi] }),
    },
  },
  section: "Widgets",
  docs: [
    {
      calls: ["st.slider(label, { minValue, maxValue, value, step, format, key, onChange, args, help, disabled, labelVisibility })"],
      streamlit: ["st.slider"],
      notes: 'numbers, `Date`s (steps in days) or `"HH:MM"` times (steps in minutes); `value: [lo, hi]` for a range',
      example: 'const age = st.slider("Age", { minValue: 0, maxValue: 120, value: 30 });\nconst [lo, hi] = st.slider("Price range", { value: [20, 80] });\nconst start = st.slider("Start", { value: "09:30" });\nst.write("Age:", age, "range:", lo, hi, "start:", start);',
    },
  ],
});
