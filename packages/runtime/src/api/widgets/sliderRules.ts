// Streamlit's rules for st.slider's arguments (its `_slider`, in its order): what the values are
// (numbers, dates or times), a single value or a range, the defaults for what is not given, and
// its errors. The page works in plain numbers: a number itself, a date as its day number, a time
// as minutes since midnight, so the page's slider is the same for all of them.
//
// Numbers: JavaScript has one number type, so int or float is decided from the values given, as
// st.number_input does here: an int slider when every number given (bounds, value, step) is an
// integer and the format, if any, is an integer one. Datetimes (a date with a time of day) are
// not taken: a Date is a calendar day here, whatever its time.

import sprintfJs from "sprintf-js";
import { RivuletAPIError } from "../../errors/RivuletAPIError.ts";
import { invalidOption } from "../../errors/invalidOption.ts";
import { typeName } from "./options.ts";
import { dayNumber, fromDayNumber, fromMinutes, isDate, isTime, isoDate, timeMinutes } from "./dates.ts";

export type SliderDataType = "int" | "float" | "date" | "time";
type ScalarKind = "number" | "date" | "time";

export interface SliderArgs {
  minValue?: unknown;
  maxValue?: unknown;
  value?: unknown;
  step?: unknown;
  format?: unknown;
}

export interface SliderRules {
  dataType: SliderDataType;
  /** A range slider (its value a list), rather than one value. */
  range: boolean;
  /** The default, on the page's scale: one number, or a list of one or two. */
  initial: number[];
  min: number;
  max: number;
  step: number;
  format: string;
}

const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER;
const INTEGER_FORMAT = /^%[-+ #0]*\d*[diuxXo]$/;

/** What a scalar is, or null when a slider cannot take it. */
function kindOf(value: unknown): ScalarKind | null {
  if (typeof value === "number") return Number.isFinite(value) ? "number" : null;
  if (isDate(value)) return "date";
  return isTime(value) ? "time" : null;
}

/** A value's type as the errors name it. */
function typeOf(value: unknown): string {
  if (isDate(value)) return "Date";
  if (isTime(value)) return "time";
  return typeName(value);
}

/** A scalar on the page's scale. */
export function toScale(kind: SliderDataType, value: unknown): number | undefined {
  if (kind === "date") return isDate(value) ? dayNumber(value) : undefined;
  if (kind === "time") return isTime(value) ? timeMinutes(value) : undefined;
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** A number on the page's scale as the script has it. */
export function fromScale(kind: SliderDataType, value: number): number | Date | string {
  return kind === "date" ? fromDayNumber(value) : kind === "time" ? fromMinutes(value) : value;
}

/** A value on the page's scale as messages show it (`2024-05-01`, `09:30`, `5`). */
export function shown(kind: SliderDataType, value: number): string {
  const scalar = fromScale(kind, value);
  return scalar instanceof Date ? isoDate(scalar) : String(scalar);
}

export function sliderRules(args: SliderArgs, stateValue: { value: unknown } | undefined): SliderRules {
  let value = args.value;
  if (value === undefined || value === null) {
    // No default: a range when session state holds a list for the key (Streamlit's rule).
    const single = stateValue === undefined || !Array.isArray(stateValue.value);
    value = single ? (args.minValue ?? 0) : [args.minValue ?? 0, args.maxValue ?? 100];
  }
  const range = Array.isArray(value);
  const values: unknown[] = range ? [...(value as unknown[])] : [value];
  if ((range && values.length > 2) || values.some((v) => kindOf(v) === null)) {
    throw invalidOption("slider", "value", 'a number, a Date or an "HH:MM" time, or a list of 0 to 2 of them (all of one type)', value);
  }
  const kinds = new Set(values.map(kindOf));
  if (kinds.size > 1) {
    throw invalidOption("slider", "value", `a list of values of one type (these are ${values.map(typeOf).join(" and ")})`, value);
  }
  const kind: ScalarKind = values.length === 0 ? "number" : kindOf(values[0])!;
  const format = args.format;
  if (format !== undefined && typeof format !== "string") throw invalidOption("slider", "format", "a string", format);
  const dataType = dataTypeOf(kind, [args.minValue, args.maxValue, ...values, args.step], format);
  const defaults = defaultsOf(dataType, values);
  const minValue = args.minValue ?? defaults.min;
  const maxValue = args.maxValue ?? defaults.max;
  const step = args.step ?? defaults.step;
  if (step === 0) throw invalidOption("slider", "step", "a number that is not 0", step);
  const argKinds = [minValue, maxValue].map(kindOf);
  if (argKinds[0] !== argKinds[1] || argKinds[0] === null || typeof step !== "number" || !Number.isFinite(step)) {
    throw invalidOption("slider", "maxValue", `of the type of minValue (${typeOf(minValue)}), with a number as step (${typeOf(step)})`, maxValue);
  }
  if (argKinds[0] !== kind) {
    throw invalidOption("slider", "value", `of the type of minValue and maxValue (${typeOf(minValue)})`, value);
  }
  if (step < 0) throw invalidOption("slider", "step", "positive", step);
  if ((dataType === "date" || dataType === "time") && !Number.isInteger(step)) {
    throw invalidOption("slider", "step", `a whole number of ${dataType === "date" ? "days" : "minutes"}`, step);
  }
  // On the page's scale from here: Streamlit's order of swapping and widening.
  const scaled = values.map((v) => toScale(dataType, v)!);
  let min = Math.min(toScale(dataType, minValue)!, toScale(dataType, maxValue)!);
  let max = Math.max(min, toScale(dataType, maxValue)!);
  let initial: number[];
  if (scaled.length === 2 && scaled[0]! > scaled[1]!) scaled.reverse();
  if (scaled.length === 0) {
    initial = [min, max];
  } else {
    initial = scaled;
    min = Math.min(min, scaled[0]!);
    max = Math.max(max, scaled.at(-1)!);
  }
  if (dataType === "int") {
    for (const [name, n] of [["minValue", min], ["maxValue", max]] as const) {
      if (n < -MAX_SAFE_INTEGER) throw invalidOption("slider", name, "at least -(2^53 - 1) for an integer slider", n);
      if (n > MAX_SAFE_INTEGER) throw invalidOption("slider", name, "at most 2^53 - 1 for an integer slider", n);
    }
  }
  if (min === max) {
    throw new RivuletAPIError("empty_slider_range", { min: shown(dataType, min), max: shown(dataType, max) });
  }
  const shownFormat = format ?? defaults.format;
  if (dataType === "int" || dataType === "float") checkNumberFormat(shownFormat);
  return { dataType, range, initial, min, max, step, format: shownFormat };
}

function dataTypeOf(kind: ScalarKind, given: unknown[], format: unknown): SliderDataType {
  if (kind !== "number") return kind;
  const numbers = given.filter((n): n is number => typeof n === "number");
  const integerFormat = format === undefined || (typeof format === "string" && INTEGER_FORMAT.test(format.trim()));
  return numbers.every(Number.isInteger) && integerFormat ? "int" : "float";
}

function defaultsOf(dataType: SliderDataType, values: unknown[]): { min: unknown; max: unknown; step: number; format: string } {
  switch (dataType) {
    case "int":
      return { min: 0, max: 100, step: 1, format: "%d" };
    case "float":
      return { min: 0, max: 1, step: 0.01, format: "%0.2f" };
    case "date": {
      // Two weeks either side of the (first) value, as Streamlit's.
      const day = dayNumber(values[0] as Date);
      return { min: fromDayNumber(day - 14), max: fromDayNumber(day + 14), step: 1, format: "YYYY-MM-DD" };
    }
    case "time":
      return { min: "00:00", max: "23:59", step: 15, format: "HH:mm" };
  }
}

/** The page formats numbers with sprintf-js: a format it cannot apply is refused here, not there. */
function checkNumberFormat(format: string): void {
  try {
    sprintfJs.sprintf(format, 1);
  } catch {
    throw invalidOption("slider", "format", 'a printf-style format sprintf-js can apply (such as "%d" or "%.1f")', format);
  }
}
