// What the widgets that choose among options share (st.selectbox, st.radio, st.multiselect):
// the options as a list, the labels the page shows for them, and finding a value among them.
// The page knows options only by their labels and sends indexes: the script gets back the
// option itself, whatever it is (an object, a Date), as Streamlit does.

import { RivuletAPIError } from "../../errors/RivuletAPIError.ts";
import { jsonEqual } from "../../diff/equal.ts";

/** How an option is shown: Streamlit's `format_func`, `String` by default. */
export type FormatFunc<T> = (option: T) => unknown;

/**
 * The options as a list. Any iterable will do (an array, a Set); a Map gives its keys, as a
 * Python dict does in Streamlit.
 */
export function optionList<T>(api: string, options: Iterable<T> | ReadonlyMap<T, unknown>): T[] {
  if (options instanceof Map) return [...(options as ReadonlyMap<T, unknown>).keys()];
  if (typeof options === "string" || options === null || typeof (options as Partial<Iterable<T>>)[Symbol.iterator] !== "function") {
    throw new RivuletAPIError(`The options of st.${api} must be an array or another iterable (a Set, a Map's keys); got ${describe(options)}.`);
  }
  return [...(options as Iterable<T>)];
}

/** The labels the page shows: each option through `formatFunc`, as a string. */
export function optionLabels<T>(api: string, options: readonly T[], formatFunc: FormatFunc<T> | undefined): string[] {
  if (formatFunc !== undefined && typeof formatFunc !== "function") {
    throw new RivuletAPIError(`The formatFunc of st.${api} must be a function.`);
  }
  return options.map((option) => String(formatFunc === undefined ? option : formatFunc(option)));
}

/**
 * Where `value` is among the options, or -1. The same value, or an equal one when both are
 * plain data (`{ id: 1 }` set through `st.sessionState` finds the option `{ id: 1 }`), as
 * Python's `==` finds it in Streamlit.
 */
export function optionIndex<T>(options: readonly T[], value: unknown): number {
  const same = options.findIndex((option) => Object.is(option, value));
  if (same !== -1 || !isPlainData(value)) return same;
  return options.findIndex((option) => isPlainData(option) && jsonEqual(option, value));
}

/** An array or an object literal: a Date or a class instance is equal only to itself. */
function isPlainData(value: unknown): value is object {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  return value === null ? "null" : typeof value === "string" ? "a string" : `a ${typeof value}`;
}
