// A JSON value: what st.write shows for an object, an array, a map or a set.

import * as v from "valibot";
import type { Json } from "../wire/protocol.ts";
import { defineElement } from "./define.ts";

const json: v.GenericSchema<Json> = v.lazy(() => v.union([v.null(), v.boolean(), v.number(), v.string(), v.array(json), v.record(v.string(), json)]));

export const node = v.object({ kind: v.literal("json"), body: json });

export default defineElement({
  kind: "json",
  node,
  api: {},
  section: "Text",
  docs: [],
});
