// Whether an st call makes a widget: its function always does (st.slider), or only when the
// call gives the option that makes it one, as anything but "ignore" (st.dataframe's onSelect:
// the registry's `whenOption`). Every check that asks "is this a widget?" asks here.

import { REGISTRY_OPTION_WIDGETS } from "./st-api.generated.ts";
import { VALUE_NOT_SETTABLE, WIDGET_METHODS } from "./st-api.ts";
import { optionValue } from "./options.ts";
import type { StCall } from "./analysis.ts";

export function isWidgetCall(call: StCall): boolean {
  if (WIDGET_METHODS.has(call.method)) return true;
  const option = REGISTRY_OPTION_WIDGETS.get(call.method);
  if (option === undefined) return false;
  const value = optionValue(call, option);
  return value !== null && !(value.isStringLiteral() && value.node.value === "ignore");
}

/** A widget whose value session state cannot set (a button, a dataframe's selection). */
export function isUnsettableWidgetCall(call: StCall): boolean {
  return VALUE_NOT_SETTABLE.has(call.method) && isWidgetCall(call);
}
