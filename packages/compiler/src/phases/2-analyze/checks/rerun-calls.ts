// Shared by the rerun checks: the `st.rerun(...)` calls and the scope each one asks for.
import type * as t from "@babel/types";
import type { StCall } from "../analysis.ts";
import { propertyName, staticString, unwrap } from "../unwrap.ts";

export function rerunCalls(calls: Iterable<StCall>): StCall[] {
  return [...calls].filter((c) => c.method === "rerun" && c.onNamespace);
}

/** The `scope` option when it is written as a string, with the node holding it. */
export function rerunScope(call: StCall): { value: string; node: t.Node } | null {
  const options = call.path.node.arguments[0];
  if (!options || unwrap(options).type !== "ObjectExpression") return null;
  for (const prop of (unwrap(options) as t.ObjectExpression).properties) {
    if (prop.type !== "ObjectProperty" || propertyName(prop.key, prop.computed) !== "scope") continue;
    const value = staticString(prop.value);
    return value === null ? null : { value, node: prop.value };
  }
  return null;
}
