// Widget callbacks: functions given as `onClick`/`onChange`/`onSubmit` in an st call's options
// object, written inline or naming a function declared in this file.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import type { StCall } from "./analysis.ts";
import { resolveLocalFunction } from "./local-functions.ts";
import { CALLBACK_OPTIONS } from "./st-api.ts";
import { propertyName } from "./unwrap.ts";

export function findCallbacks(calls: Iterable<StCall>): Map<t.Function, string> {
  const callbacks = new Map<t.Function, string>();
  for (const call of calls) {
    for (const arg of call.path.get("arguments")) {
      if (!arg.isObjectExpression()) continue;
      for (const prop of arg.get("properties")) {
        const callback = callbackOf(prop);
        if (callback) callbacks.set(callback.fn.node, `${callback.option} of st.${call.method}`);
      }
    }
  }
  return callbacks;
}

function callbackOf(prop: NodePath): { fn: NodePath<t.Function>; option: string } | null {
  if (!prop.isObjectProperty() && !prop.isObjectMethod()) return null;
  const option = propertyName(prop.node.key, prop.node.computed);
  if (option === null || !CALLBACK_OPTIONS.has(option)) return null;
  const fn = prop.isObjectMethod() ? prop : resolveLocalFunction(prop.get("value") as NodePath);
  return fn ? { fn, option } : null;
}
