// Fragment functions: the first argument of `st.fragment(...)`, written inline or named.
import type * as t from "@babel/types";
import type { StCall } from "./analysis.ts";
import { resolveLocalFunction } from "./local-functions.ts";

export function findFragments(calls: Iterable<StCall>): Set<t.Function> {
  const fragments = new Set<t.Function>();
  for (const call of calls) {
    if (call.method !== "fragment" || !call.onNamespace) continue;
    const first = call.path.get("arguments")[0];
    const fn = first ? resolveLocalFunction(first) : null;
    if (fn) fragments.add(fn.node);
  }
  return fragments;
}
