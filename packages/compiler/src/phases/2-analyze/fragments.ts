// Fragment functions: the first argument of `st.fragment(fn)` and the second of
// `st.dialog(title, fn)` (a dialog is a fragment), written inline or named.
import type * as t from "@babel/types";
import { onNamespace, type StCall } from "./analysis.ts";
import { resolveLocalFunction } from "./local-functions.ts";

const FUNCTION_ARGUMENT: Record<string, number> = { fragment: 0, dialog: 1 };

export function findFragments(calls: Iterable<StCall>): Set<t.Function> {
  const fragments = new Set<t.Function>();
  for (const call of calls) {
    const index = FUNCTION_ARGUMENT[call.method];
    if (index === undefined || !onNamespace(call)) continue;
    const arg = call.path.get("arguments")[index];
    const fn = arg ? resolveLocalFunction(arg) : null;
    if (fn) fragments.add(fn.node);
  }
  return fragments;
}
