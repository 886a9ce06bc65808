// Schema pieces and helpers several element definitions share.

import * as v from "valibot";

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
