// Widget messages from the page, from the wire to the run that takes them: which events a
// message stands for (or why it is refused), what changes when a run takes them, and the
// callbacks that then run before the script.

import { currentExecution } from "./context.ts";
import { jsonEqual } from "../diff/equal.ts";
import { pageValueOf, type Callback, type WidgetEntry, type WidgetRegistry } from "../state/widgets.ts";
import type { ClientMessage } from "../wire/protocol.ts";
import { outsideSubmitProblem, submitEvents } from "./formSubmit.ts";
import { checkPageValue } from "./pageValueCheck.ts";
import type { WidgetEvent } from "./mailbox.ts";
import { isControlSignal } from "./signals.ts";
import { RivuletAPIError } from "../errors/RivuletAPIError.ts";

type WidgetMessage = Extract<ClientMessage, { type: "setValue" | "trigger" | "submit" }>;

/** The events a widget message stands for, or why it is refused (nothing changes then). */
export function eventsOf(message: WidgetMessage, widgets: WidgetRegistry, queuedBytes: number): { widget: WidgetEntry; events: WidgetEvent[] } | string {
  const widget = widgets.get(message.id);
  if (widget === undefined) return `No widget with id "${message.id}" in this session.`;
  if (message.type === "submit") return withWidget(widget, submitEvents(widgets, widget, message, queuedBytes));
  if (widget.formId !== null) return outsideSubmitProblem(widget, widget.formId);
  if (message.type === "trigger") {
    if (widget.model !== "trigger") return `Widget "${message.id}" is a ${widget.kind}: it takes values, not clicks.`;
    if (message.value === undefined) {
      const problem = widget.reject(undefined);
      return problem === null ? { widget, events: [{ kind: "trigger", id: widget.id }] } : `Trigger of widget "${message.id}" rejected: ${problem}.`;
    }
    const checked = checkPageValue(widget, message.value);
    const problem = typeof checked === "string" ? checked : widgets.budgetProblem(checked, queuedBytes);
    if (problem !== null) return `Trigger of widget "${message.id}" rejected: ${problem.replace(/\.$/, "")}.`;
    return { widget, events: [{ kind: "trigger", id: widget.id, value: message.value, bytes: checked as number }] };
  }
  const checked = checkPageValue(widget, message.value);
  const problem = typeof checked === "string" ? checked : widgets.budgetProblem(checked, queuedBytes);
  if (problem !== null) return `Value for widget "${message.id}" rejected: ${problem.replace(/\.$/, "")}.`;
  return { widget, events: [{ kind: "value", id: widget.id, value: message.value, bytes: checked as number }] };
}

function withWidget(widget: WidgetEntry, events: WidgetEvent[] | string) {
  return typeof events === "string" ? events : { widget, events };
}

/** Sets the new values; returns the widgets whose value changed (a click always does). */
export function applyEvents(events: readonly WidgetEvent[], widgets: WidgetRegistry): WidgetEntry[] {
  const changed: WidgetEntry[] = [];
  for (const event of events) {
    const widget = widgets.get(event.id);
    if (widget === undefined) continue;
    if (event.kind === "trigger") {
      widgets.trigger(widget, event.value);
    } else {
      if (jsonEqual(pageValueOf(widget), event.value)) continue;
      widgets.holdPageValue(widget, event.value, event.bytes);
    }
    widget.origin = "page";
    changed.push(widget);
  }
  return changed;
}

/**
 * Callbacks of the widgets that changed run before the script, in event order, each seeing
 * every new value. `st.rerun()` ends the callback it is called in and nothing else.
 */
export function runCallbacks(changed: readonly { readonly callback: Callback | undefined }[]): void {
  for (const widget of changed) {
    const callback = widget.callback;
    if (callback === undefined) continue;
    try {
      const result = (callback.fn as (...args: unknown[]) => unknown)(...callback.args);
      if (result instanceof Promise) {
        result.catch(() => {});
        throw new RivuletAPIError("async_callback");
      }
    } catch (error) {
      if (!isControlSignal(error) || error.kind !== "rerun") throw error;
      const exec = currentExecution("rerun");
      exec.writer.writeElement(exec.container, { kind: "alert", level: "warning", body: "Calling st.rerun() within a callback is a no-op." });
    }
  }
}
