// Block-form bodies: `c.with(fn)` runs `fn` with st calls writing into `c` (Streamlit's
// `with c:`), so an st call on the namespace inside `fn` writes into `c`.
import type * as t from "@babel/types";
import { onNamespace, type StCall } from "./analysis.ts";
import { resolveLocalFunction } from "./local-functions.ts";

export function findWithBodies(calls: Iterable<StCall>): Map<t.Function, StCall> {
  const bodies = new Map<t.Function, StCall>();
  for (const call of calls) {
    if (call.method !== "with" || onNamespace(call)) continue;
    const first = call.path.get("arguments")[0];
    const fn = first ? resolveLocalFunction(first) : null;
    if (fn) bodies.set(fn.node, call);
  }
  return bodies;
}
