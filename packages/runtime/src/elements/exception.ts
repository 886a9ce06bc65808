// st.exception, an uncaught exception, or st.write of an Error: the error's type, message and
// stack, as the session writes them (session/exceptionNode.ts).

import type * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { currentExecution } from "../session/context.ts";
import { exceptionNode } from "../session/exceptionNode.ts";
import { EXCEPTION_NODE } from "../wire/coreNodes.ts";
import { defineElement } from "./define.ts";

/** st.exception: an error shown as an uncaught one would be (any thrown value will do). */
export function exception(this: unknown, error: unknown): Container {
  return writeElement(containerOf(this), "exception", exceptionNode(error, currentExecution("exception").session.script));
}

export const node = EXCEPTION_NODE;

export default defineElement({
  kind: "exception",
  node,
  api: { exception },
  testing: { value: (exception: v.InferOutput<typeof node>) => exception.message },
  section: "Status",
  docs: [
    {
      calls: ["st.exception(error)"],
      streamlit: ["st.exception"],
      example: 'try {\n  JSON.parse("{");\n} catch (error) {\n  st.exception(error);\n}',
    },
  ],
});
