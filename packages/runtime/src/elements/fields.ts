// Schema pieces and helpers several element definitions share.

import * as v from "valibot";
import { invalidOption, oneOf, SIZE_CHOICES } from "../errors/invalidOption.ts";

/** A tooltip next to the element. */
export const help = v.optional(v.string());

/** The fields every widget's node has (protocol.ts's WidgetNodeBase). */
export const widgetFields = {
  /** The widget's identity: stable across runs, unique in a session. */
  id: v.string(),
  label: v.string(),
  help,
  disabled: v.boolean(),
  /** The user's explicit key, if any. */
  key: v.optional(v.string()),
  /** Absent: the label shows. "hidden": its space stays empty; "collapsed": no space. */
  labelVisibility: v.optional(v.picklist(["hidden", "collapsed"])),
};

/** Only the options that were given: absent keys stay absent on the wire. */
export function given<T extends object, K extends keyof T>(options: T, ...keys: K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) if (options[key] !== undefined) picked[key] = options[key];
  return picked;
}

/** An icon: one emoji, or a Material Symbol written `:material/name:` (as Streamlit takes them). */
export const icon = v.optional(v.string());

// The icon check is the API layer's too (st.Page's icon): it lives there.
export { checkIcon } from "../api/elements/icon.ts";

/** One of `choices` (the first when none is given), or an invalid_option naming them. */
export function checkChoice<C extends string>(api: string, name: string, given: unknown, choices: readonly C[], fallback: C = choices[0]!): C {
  if (given === undefined || given === null) return fallback;
  if (choices.includes(given as C)) return given as C;
  throw invalidOption(api, name, oneOf(choices), given);
}

/** Streamlit 1.50's `width` of an element: fitted to its content, filling its container, or pixels. */
export type Width = "content" | "stretch" | number;

/** A `width` on the wire (absent: the element's own default). The page applies it to any element. */
export const width = v.optional(v.union([v.picklist(["content", "stretch"]), v.pipe(v.number(), v.integer(), v.minValue(1))]));

/** Checks a `width` option as Streamlit does; its value, or `fallback` when none is given. */
export function checkWidth(api: string, value: unknown, fallback: Width): Width {
  if (value === undefined || value === null) return fallback;
  if (value === "content" || value === "stretch" || (typeof value === "number" && Number.isInteger(value) && value > 0)) return value;
  throw invalidOption(api, "width", SIZE_CHOICES, value);
}
