// A value the page sent for a widget, before anything changes: its size (what the session will
// hold for it, against its budget) or why the widget cannot take it.

import type { WidgetEntry } from "../state/widgets.ts";
import { MAX_VALUE_DEPTH, measureValue } from "../wire/pageValues.ts";
import type { Json } from "../wire/protocol.ts";

/** The size of a value the page sent `widget` (`measureValue`), or why the widget cannot take it. */
export function checkPageValue(widget: WidgetEntry, value: Json): number | string {
  const bytes = measureValue(value);
  if (bytes === null) return `it is nested more than ${MAX_VALUE_DEPTH} levels deep`;
  return widget.reject(value) ?? bytes;
}
