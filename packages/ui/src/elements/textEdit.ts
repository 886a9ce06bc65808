// What st.text_input and st.text_area do when the user is done typing (Enter, Ctrl+Enter, or
// leaving the field): outside a form, send the text; an empty field is no change to a widget
// with no value yet (null). In a form the text waits for the submit.
import type { WidgetValue } from "./widgetValue.svelte.ts";

export function commitText(widget: WidgetValue<string | null>): void {
  if (widget.form || !widget.editing) return;
  const text = widget.value ?? "";
  if (text === "" && widget.settled === null) widget.revert();
  else widget.commit(text);
}
