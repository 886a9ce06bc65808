// Forms on the session's side. A form's widgets send nothing until one of its submit buttons
// is clicked; the click comes as one `submit` message with the form's values, checked whole
// before anything changes, then posted as the events of one run (the values, then the click).
// When a run ends: a form it wrote without a submit button gets Streamlit's "Missing Submit
// Button" error, and a `clearOnSubmit` form whose submit it ran goes back to its defaults.

import { isAttached, isBlock, type LiveBlock } from "../tree/live.ts";
import type { AlertNode, ClientMessage, RunOutcome } from "../wire/protocol.ts";
import { pageValueOf, type WidgetEntry, type WidgetRegistry } from "../state/widgets.ts";
import type { Execution } from "./execution.ts";
import type { WidgetEvent } from "./mailbox.ts";
import { checkPageValue } from "./pageValueCheck.ts";

type SubmitMessage = Extract<ClientMessage, { type: "submit" }>;

/** Why a `setValue` or `trigger` cannot go to `widget`, a widget of form `formId`. */
export function outsideSubmitProblem(widget: WidgetEntry, formId: string): string {
  return widget.model === "trigger"
    ? `Widget "${widget.id}" is the submit button of form "${formId}": send "submit" with the form's values.`
    : `Widget "${widget.id}" is in form "${formId}": forms send their widgets' values only with a submit.`;
}

/** The events of a submit (the form's new values, then the click), or why it was rejected. */
export function submitEvents(widgets: WidgetRegistry, button: WidgetEntry, message: SubmitMessage, queuedBytes: number): WidgetEvent[] | string {
  if (button.model !== "trigger" || button.formId === null) return `Widget "${button.id}" is not a form's submit button.`;
  const form = button.formId;
  const rejected = (why: string) => `Submit of form "${form}" rejected: ${why}.`;
  const events: WidgetEvent[] = [];
  let bytes = 0;
  const seen = new Set<string>();
  for (const { id, value } of message.values) {
    const widget = widgets.get(id);
    if (widget === undefined) return rejected(`no widget with id "${id}" in this session`);
    if (widget.formId !== form) return rejected(`widget "${id}" is not in this form`);
    if (widget.model === "trigger") return rejected(`widget "${id}" is a button: buttons take clicks, not values`);
    if (seen.has(id)) return rejected(`widget "${id}" has two values`);
    seen.add(id);
    const checked = checkPageValue(widget, value);
    if (typeof checked === "string") return rejected(`value for widget "${id}": ${checked.replace(/\.$/, "")}`);
    bytes += checked;
    events.push({ kind: "value", id, value, bytes: checked });
  }
  const overBudget = widgets.budgetProblem(bytes, queuedBytes);
  if (overBudget !== null) return rejected(overBudget);
  events.push({ kind: "trigger", id: button.id });
  return events;
}

/** What a run's end does for forms; called before the run's trim and before triggers reset. */
export function finishForms(exec: Execution, outcome: RunOutcome): void {
  if (outcome === "completed" || outcome === "stopped" || outcome === "exception") showMissingSubmitButtons(exec);
  if (outcome !== "interrupted") clearSubmittedForms(exec);
}

// Streamlit's frontend text (Form.tsx, MISSING_SUBMIT_BUTTON_WARNING), naming Rivulet's API.
const MISSING_SUBMIT_BUTTON: AlertNode = {
  kind: "alert",
  level: "error",
  body:
    "**Missing Submit Button**\n\n" +
    "This form has no submit button, which means that user interactions will never be sent to your Rivulet app.\n\n" +
    "To create a submit button, use the `st.formSubmitButton()` function.",
};

function showMissingSubmitButtons(exec: Execution): void {
  for (const form of exec.formsWritten()) {
    if (!form.hasSubmitButton && isAttached(form.block)) exec.writer.writeElement(form.block, MISSING_SUBMIT_BUTTON);
  }
}

/**
 * The forms whose submit this run took go back to their defaults: the widgets' values (the
 * next run sees the defaults) and their elements on the page. The run itself saw the submitted
 * values.
 */
function clearSubmittedForms(exec: Execution): void {
  const { widgets, roots } = exec.session;
  const submitted = new Set<string>();
  for (const entry of widgets.entries()) {
    if (entry.model === "trigger" && entry.formId !== null && entry.value === true) submitted.add(entry.formId);
  }
  if (submitted.size === 0) return;
  for (const root of roots) {
    for (const block of formBlocks(root)) {
      const spec = block.spec;
      if (spec.block !== "form" || !spec.clearOnSubmit || !submitted.has(spec.formId)) continue;
      const cleared = new Map<string, unknown>();
      for (const entry of widgets.entries()) {
        if (entry.formId !== spec.formId || entry.model === "trigger") continue;
        entry.value = entry.initial;
        entry.origin = "default";
        cleared.set(entry.id, pageValueOf(entry));
      }
      showDefaults(exec, block, cleared);
    }
  }
}

/** Rewrites the elements of the cleared widgets in `block` (at any depth) with their defaults. */
function showDefaults(exec: Execution, block: LiveBlock, cleared: ReadonlyMap<string, unknown>): void {
  block.children.forEach((child, index) => {
    if (isBlock(child)) return showDefaults(exec, child, cleared);
    if (!("id" in child) || !("value" in child) || child.id === undefined || !cleared.has(child.id)) return;
    const value = cleared.get(child.id);
    if (child.value !== value) exec.writer.replaceElement(block, index, { ...child, value } as typeof child);
  });
}

function* formBlocks(block: LiveBlock): Generator<LiveBlock> {
  if (block.spec.block === "form") {
    yield block;
    return;
  }
  for (const child of block.children) if (isBlock(child)) yield* formBlocks(child);
}
