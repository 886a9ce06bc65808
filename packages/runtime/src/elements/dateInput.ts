// st.date_input: a date typed in or picked in a calendar, or a range of two. Dates are calendar
// days: `Date`s at local midnight in the script (a Date with a time gives its local date), ISO
// `YYYY-MM-DD` strings on the wire, so no time zone between server and browser moves them.
// Defaults and errors follow Streamlit's: today by default (kept inside the bounds when not asked
// for), bounds ten years either side of the value, and three formats.
//
// A range is a list, as Streamlit's tuple: `[start, end]`, or `[start]` while the user has picked
// only its start so far, or `[]` when it is empty (`DateRange`).

import * as v from "valibot";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf } from "../api/container.ts";
import { baseNode, widget, type PageForm, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { keyedStateValue } from "../api/widgets/keyedState.ts";
import { addYears, dayNumber, fromDayNumber, fromIsoDate, isDate, isoDate } from "../api/widgets/dates.ts";
import type { Json } from "../wire/protocol.ts";
import { defineElement } from "./define.ts";
import { widgetFields } from "./fields.ts";

/** A date range as the user has picked it so far: both ends, the start only, or nothing. */
export type DateRange = [] | [Date] | [Date, Date];

export interface DateInputOptions extends WidgetOptions {
  /** The date shown at first: "today" (the default), a Date, null for none, or a list of up to two for a range. */
  value?: Date | "today" | null | readonly [] | readonly [Date] | readonly [Date, Date];
  minValue?: Date | null;
  maxValue?: Date | null;
  /** "YYYY/MM/DD" (the default), "DD/MM/YYYY" or "MM/DD/YYYY", with "/", "-" or "." between. */
  format?: string;
  onChange?: (...args: never[]) => unknown;
}

const FORMATS = /^(YYYY[/.-]MM[/.-]DD|DD[/.-]MM[/.-]YYYY|MM[/.-]DD[/.-]YYYY)$/;
const VALUE_EXPECTED = "a Date, \"today\", null, or a list of 0 to 2 Dates (a range)";

const iso = v.pipe(v.string(), v.isoDate());
/** The chosen dates, as ISO strings: none, one, or a range's two. */
const pageValue = v.pipe(v.array(iso), v.maxLength(2));

const kind = { kind: "dateInput", widget: { model: "value", value: pageValue, pageForm: true } } as const satisfies WidgetKindInfo;

/** st.date_input: the Date; null while none is (`value: null`); a `DateRange` for a range. */
export function dateInput(this: unknown, label: string, options: DateInputOptions & { value: readonly [] | readonly [Date] | readonly [Date, Date] }): DateRange;
export function dateInput(this: unknown, label: string, options: DateInputOptions & { value: null }): Date | null;
export function dateInput(this: unknown, label: string, options?: DateInputOptions & { value?: Date | "today" }): Date;
export function dateInput(this: unknown, label: string, options: DateInputOptions = {}): Date | null | DateRange {
  const format = options.format ?? "YYYY/MM/DD";
  const params = [label, identityOf(options.value), identityOf(options.minValue), identityOf(options.maxValue), options.help, format];
  if (typeof format !== "string" || !FORMATS.test(format)) {
    throw invalidOption("dateInput", "format", '"YYYY/MM/DD", "DD/MM/YYYY" or "MM/DD/YYYY" (or with "." or "-" as separators)', format);
  }
  // No default given: a range when session state holds a list for the key (Streamlit's rule).
  const state = options.value === undefined ? keyedStateValue("dateInput", options.key) : undefined;
  const rules = dateRules(state !== undefined ? state.value : options.value, options.minValue, options.maxValue, options.value === undefined && state === undefined);
  const page = dateForm(rules.range);
  const initial = page.fromPage((rules.value ?? []).map((day) => isoDate(fromDayNumber(day))));
  const outOfRange = (day: number): string | null =>
    day < rules.min || day > rules.max
      ? `The date ${isoDate(fromDayNumber(day))} is outside the range of st.dateInput("${label}"): ${isoDate(fromDayNumber(rules.min))} to ${isoDate(fromDayNumber(rules.max))}.`
      : null;
  return widget<unknown>(containerOf(this), kind, {
    api: "dateInput",
    label,
    key: options.key,
    params,
    initial,
    valueGiven: options.value !== undefined,
    callback: options.onChange,
    args: options.args,
    page,
    reject: (value) => {
      const days = (value as string[]).map((text) => fromIsoDate(text));
      if (days.includes(undefined)) return "it takes real dates";
      if (!rules.range && days.length > 1) return "it takes one date, not a range";
      if (!rules.range && days.length === 0 && rules.value !== null) return "it has a default date and cannot be left empty";
      const numbers = days.map((d) => dayNumber(d!));
      if (numbers.length === 2 && numbers[0]! > numbers[1]!) return "the start of its range is past its end";
      return numbers.map(outOfRange).find((problem) => problem !== null) ?? null;
    },
    rejectState: (value) => {
      const dates = page.toPage(value);
      const fits = dates !== undefined && (dates as string[]).every((text) => outOfRange(dayNumber(fromIsoDate(text)!)) === null);
      if (fits) return null;
      const range = `from ${isoDate(fromDayNumber(rules.min))} to ${isoDate(fromDayNumber(rules.max))}`;
      return rules.range ? `a list of up to two Dates ${range}` : `a Date ${range}, or null`;
    },
    node: (id, value) => ({
      kind: "dateInput",
      ...baseNode(id, label, options),
      value: (page.toPage(value) ?? []) as string[],
      min: isoDate(fromDayNumber(rules.min)),
      max: isoDate(fromDayNumber(rules.max)),
      format,
      ...(rules.range ? { range: true as const } : {}),
      ...(!rules.range && rules.value === null ? { clearable: true as const } : {}),
    }),
  }) as Date | null | DateRange;
}

/** What a date option adds to the widget's identity: its calendar day, whatever its time. */
function identityOf(value: unknown): unknown {
  if (isDate(value)) return isoDate(value);
  return Array.isArray(value) ? JSON.stringify(value.map(identityOf)) : value;
}

interface DateRules {
  range: boolean;
  /** The default's days (none for `null` or an empty range). */
  value: number[] | null;
  min: number;
  max: number;
}

/** Streamlit's _DateInputValues: the value, the bounds (ten years either side by default), and their checks. */
function dateRules(value: unknown, minValue: unknown, maxValue: unknown, defaultToday: boolean): DateRules {
  let range = false;
  let days: number[] | null;
  if (value === null) days = null;
  else if (value === undefined || value === "today") days = [dayNumber(new Date())];
  else if (isDate(value)) days = [dayNumber(value)];
  else if (Array.isArray(value)) {
    if (value.length > 2 || !value.every(isDate)) throw invalidOption("dateInput", "value", VALUE_EXPECTED, value);
    days = value.map(dayNumber);
    range = true;
  } else throw invalidOption("dateInput", "value", VALUE_EXPECTED, value);
  const today = dayNumber(new Date());
  const min = bound(minValue, "min", days !== null && days.length > 0 ? days[0]! : today, -10);
  const max = bound(maxValue, "max", days !== null && days.length > 0 ? days.at(-1)! : today, 10);
  // Today, when the script asked for nothing, is kept inside the bounds.
  if (defaultToday && days !== null && days.length === 1 && !range) days = [Math.min(Math.max(days[0]!, min), max)];
  if (min > max) {
    throw invalidOption("dateInput", "minValue", `at most the maxValue (${isoDate(fromDayNumber(max))})`, isoDate(fromDayNumber(min)));
  }
  if (days !== null && days.length > 0 && (days[0]! < min || days.at(-1)! > max)) {
    throw invalidOption("dateInput", "value", `between the minValue (${isoDate(fromDayNumber(min))}) and the maxValue (${isoDate(fromDayNumber(max))})`, days.map((d) => isoDate(fromDayNumber(d))).join(", "));
  }
  return { range, value: days, min, max };
}

function bound(given: unknown, which: "min" | "max", around: number, years: number): number {
  if (isDate(given)) return dayNumber(given);
  if (given !== undefined && given !== null) throw invalidOption("dateInput", `${which}Value`, "a Date or null", given);
  return dayNumber(addYears(fromDayNumber(around), years));
}

/** The page holds ISO dates (a list, as Streamlit's); the script, Dates (a list for a range). */
function dateForm(range: boolean): PageForm<unknown> {
  return {
    toPage(value: unknown): Json | undefined {
      if (range) return Array.isArray(value) && value.length <= 2 && value.every(isDate) ? value.map(isoDate) : undefined;
      if (value === null) return [];
      return isDate(value) ? [isoDate(value)] : undefined;
    },
    fromPage(value: Json): unknown {
      const dates = (value as string[]).map((text) => fromIsoDate(text)!);
      return range ? dates : (dates[0] ?? null);
    },
  };
}

export const node = v.object({
  kind: v.literal("dateInput"),
  ...widgetFields,
  /** The chosen dates as ISO `YYYY-MM-DD`: none, one, or a range's two. */
  value: pageValue,
  min: iso,
  max: iso,
  /** How the field shows a date: "YYYY/MM/DD", "DD.MM.YYYY"… */
  format: v.string(),
  /** It picks a range of two dates. */
  range: v.optional(v.literal(true)),
  /** It started empty (`value: null`), so the user may empty it again. */
  clearable: v.optional(v.literal(true)),
});

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { dateInput },
  testing: {
    interactions: {
      /** Sets the date (a Date, or null), or a range's list of up to two Dates. */
      setValue: (_node, value: Date | null | readonly Date[]) => ({ set: value }),
    },
  },
  section: "Widgets",
  docs: [
    {
      calls: ["st.dateInput(label, { value, minValue, maxValue, format, key, onChange, args, help, disabled, labelVisibility })"],
      streamlit: ["st.date_input"],
      notes: "`Date`s at local midnight; `value: [start, end]` for a range, which returns `[]`, `[start]` or `[start, end]` as the user picks",
      example:
        'const birthday = st.dateInput("When is your birthday?", { value: new Date(2019, 6, 6) });\nconst trip = st.dateInput("Trip", { value: [new Date(2025, 0, 1), new Date(2025, 0, 7)], format: "DD.MM.YYYY" });\nst.write("Birthday:", birthday.toDateString(), "trip days chosen:", trip.length);',
    },
  ],
});
