// An uncaught exception (or st.write of an Error): the session writes it (session/exceptionNode.ts).

import type * as v from "valibot";
import { EXCEPTION_NODE } from "../wire/coreNodes.ts";
import { defineElement } from "./define.ts";

export const node = EXCEPTION_NODE;

export default defineElement({
  kind: "exception",
  node,
  api: {},
  testing: { value: (exception: v.InferOutput<typeof node>) => exception.message },
  section: "Status",
  docs: [],
});
