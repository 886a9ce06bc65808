// What the widgets that choose among options share (st.selectbox, st.radio, st.multiselect):
// the options as a list, the labels the page shows for them, and finding a value among them.
// The page knows options only by their labels and sends indexes: the script gets back the
// option itself, whatever it is (an object, a Date), as Streamlit does.

import { RivuletAPIError } from "../../errors/RivuletAPIError.ts";
import { invalidOption } from "../../errors/invalidOption.ts";
import { jsonEqual } from "../../diff/equal.ts";
import type { PageForm } from "../../state/widgets.ts";
import type { Json } from "../../wire/protocol.ts";
import { describeValue } from "../../errors/describeValue.ts";

/** What options may be given as. */
export type OptionsOf<T> = Iterable<T> | ReadonlyMap<T, unknown>;

/** How an option is shown: Streamlit's `format_func`, `String` by default. */
export type FormatFunc<T> = (option: T) => unknown;

/**
 * The options as a list. Any iterable will do (an array, a Set); a Map gives its keys, as a
 * Python dict does in Streamlit.
 */
export function optionList<T>(api: string, options: OptionsOf<T>): T[] {
  if (options instanceof Map) return [...(options as ReadonlyMap<T, unknown>).keys()];
  if (typeof options === "string" || options === null || typeof (options as Partial<Iterable<T>>)[Symbol.iterator] !== "function") {
    throw invalidOption(api, "options", "an array or another iterable (a Set, a Map's keys)", options);
  }
  return [...(options as Iterable<T>)];
}

/** The labels the page shows: each option through `formatFunc`, as a string. */
export function optionLabels<T>(api: string, options: readonly T[], formatFunc: FormatFunc<T> | undefined): string[] {
  if (formatFunc !== undefined && typeof formatFunc !== "function") {
    throw invalidOption(api, "formatFunc", "a function", formatFunc);
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

/**
 * The page form of a widget that holds one option or none (st.selectbox, st.radio): the page
 * sends the option's index, or null; with `acceptNew`, text it typed (an option's label is that
 * option).
 */
export function oneOptionForm<T>(list: readonly T[], labels: readonly string[], acceptNew: boolean) {
  return {
    toPage(value: unknown): number | string | null | undefined {
      if (value === null) return null;
      const found = optionIndex(list, value);
      if (found !== -1) return found;
      return acceptNew && typeof value === "string" ? value : undefined;
    },
    fromPage(value: Json): unknown {
      if (typeof value === "number") return list[value];
      if (typeof value === "string") return labels.includes(value) ? list[labels.indexOf(value)] : value;
      return null;
    },
  } satisfies PageForm<unknown>;
}

/** Why the page's value does not fit a one-option widget with `length` options, past its type. */
export function oneOptionProblem(value: Json, length: number, rules: { clearable: boolean; acceptNew: boolean }): string | null {
  if (value === null) return rules.clearable ? null : "it has a default option and cannot be left empty";
  if (typeof value === "number") return value < length ? null : `it has no option ${value} (it has ${length})`;
  return rules.acceptNew ? null : "it takes the index of one of its options, not text";
}

/**
 * A default of options (st.multiselect's, st.pills'): a list of options, or one, each checked to
 * be an option with Streamlit's message; the options themselves, as the list holds them.
 */
export function defaultOptions<T>(list: readonly T[], given: readonly T[] | T | null | undefined): T[] {
  if (given === undefined || given === null) return [];
  const values = Array.isArray(given) ? [...(given as readonly T[])] : [given as T];
  return values.map((value) => {
    const index = optionIndex(list, value);
    if (index === -1) throw new RivuletAPIError("default_not_an_option", { value: shownOption(value) });
    return list[index]!;
  });
}

/** An option as Streamlit's message quotes it. */
function shownOption(value: unknown): string {
  return `'${typeof value === "string" ? value : describeValue(value)}'`;
}

/** A value's type as Streamlit's messages name Python's (`float`, `str`), for the errors it shares. */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (typeof value === "string") return "str";
  if (typeof value === "boolean") return "bool";
  if (Array.isArray(value)) return "list";
  return typeof value === "object" ? ((value as object).constructor?.name ?? "object") : typeof value;
}
