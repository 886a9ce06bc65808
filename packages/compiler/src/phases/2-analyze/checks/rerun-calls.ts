// Shared by the rerun checks: the `st.rerun(...)` calls and the scope each one asks for.
import type * as t from "@babel/types";
import { onNamespace, type StCall } from "../analysis.ts";
import { optionValue } from "../options.ts";
import { staticString } from "../unwrap.ts";

export function rerunCalls(calls: Iterable<StCall>): StCall[] {
  return [...calls].filter((c) => c.method === "rerun" && onNamespace(c));
}

/** The `scope` option when it is written as a string, with the node holding it. */
export function rerunScope(call: StCall): { value: string; node: t.Node } | null {
  const scope = optionValue(call, "scope");
  const value = scope && staticString(scope.node);
  return scope && value !== null ? { value, node: scope.node } : null;
}
