// st.json, and what st.write shows for an object, an array, a map or a set: a JSON value in a
// viewer whose objects and arrays fold.

import * as v from "valibot";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import type { Json } from "../wire/protocol.ts";
import { toJson } from "../wire/toJson.ts";
import { defineElement } from "./define.ts";

export interface JsonOptions {
  /** Open (true, the default), folded (false), or open this many levels deep. */
  expanded?: boolean | number;
}

/** st.json: any value as JSON; a string is parsed as JSON first, as Streamlit does. */
export function json(this: unknown, body: unknown, options: JsonOptions = {}): Container {
  const expanded = options.expanded ?? true;
  if (typeof expanded !== "boolean" && !(typeof expanded === "number" && Number.isInteger(expanded) && expanded >= 0)) {
    throw invalidOption("json", "expanded", "true, false or a number of levels", expanded);
  }
  let value: unknown = body;
  if (typeof body === "string") {
    try {
      value = JSON.parse(body);
    } catch {
      value = body;
    }
  }
  return writeElement(containerOf(this), "json", { kind: "json", body: toJson(value), ...(expanded !== true ? { expanded } : {}) });
}

export const jsonValue: v.GenericSchema<Json> = v.lazy(() => v.union([v.null(), v.boolean(), v.number(), v.string(), v.array(jsonValue), v.record(v.string(), jsonValue)]));

export const node = v.object({
  kind: v.literal("json"),
  body: jsonValue,
  /** Absent: open. false: folded; a number: open that many levels deep. */
  expanded: v.optional(v.union([v.boolean(), v.pipe(v.number(), v.integer(), v.minValue(0))])),
});

export default defineElement({
  kind: "json",
  node,
  api: { json },
  section: "Text",
  docs: [
    {
      calls: ["st.json(body, { expanded })"],
      streamlit: ["st.json"],
      notes: "a string is parsed as JSON; objects and arrays fold",
      example: 'st.json({ foo: "bar", stuff: ["stuff 1", "stuff 2"], level1: { level2: { level3: 1 } } }, { expanded: 2 });',
    },
  ],
});
