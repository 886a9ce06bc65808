// What every widget does: take its call site, work out its identity, find or create its state,
// write its element, and return its value.
//
// Identity follows Streamlit 1.50: a widget is its kind, label and the parameters that define
// it (a new default or range makes a new widget, starting from its default), plus the user's
// key when given; without a key, the call site and the occurrence at that site tell apart
// widgets that look the same (a loop, a helper called twice).

import { RivuletAPIError } from "../../errors/RivuletAPIError.ts";
import { currentExecution, takeSite } from "../../session/context.ts";
import type { Execution } from "../../session/execution.ts";
import type { Callback, WidgetEntry, WidgetKind } from "../../state/widgets.ts";
import type { LiveBlock } from "../../tree/live.ts";
import type { Json, WidgetNode } from "../../wire/protocol.ts";
import { hashId } from "../../session/hashId.ts";
import type { Container } from "../container.ts";
import { checkFormRules } from "../forms/formRules.ts";

/** Options every widget takes. */
export interface WidgetOptions {
  key?: string | number;
  help?: string;
  disabled?: boolean;
  args?: readonly unknown[];
}

export interface WidgetSpec<V> {
  api: string;
  kind: WidgetKind;
  label: string;
  key: string | number | undefined;
  /** The parameters that make it a different widget when they change (Streamlit's widget id). */
  params: readonly unknown[];
  initial: V;
  /** The script gave the default (`value`) itself, rather than leaving Streamlit's default. */
  valueGiven?: boolean;
  callback: ((...args: never[]) => unknown) | undefined;
  args: readonly unknown[] | undefined;
  /** Why a value from the page does not fit, or null. */
  reject: (value: Json) => string | null;
  /** Why a value set through `st.sessionState` does not fit, or null; unchecked when absent. */
  rejectState?: (value: unknown) => string | null;
  node: (id: string, value: V) => WidgetNode;
}

export function widget<V>(target: Container, spec: WidgetSpec<V>): V {
  const site = takeSite();
  const exec = currentExecution(spec.api);
  const block = target.resolve(exec);
  checkInsideFragment(exec, block);
  const formId = checkFormRules(exec, block, spec);
  const key = spec.key === undefined ? undefined : String(spec.key);
  if (key !== undefined) exec.claimKey(key);
  const what = `${spec.kind}:${spec.label}|${spec.params.map(paramKey).join("\u0001")}`;
  const id = key === undefined ? exec.identity(site, what) : hashId(`key|${key}|${what}`);
  const entry = render(exec, block, id, key, spec, formId);
  const value = entry.value as V;
  exec.writer.writeElement(block, spec.node(id, value));
  return value;
}

/** A parameter in a widget's identity: its type is part of it, so null, "" and undefined differ. */
function paramKey(value: unknown): string {
  return value === undefined ? "u" : value === null ? "n" : typeof value === "string" ? `s${value}` : `v${String(value)}`;
}

/** The widget's state, created or brought up to date for this run. */
function render<V>(
  exec: Execution,
  block: LiveBlock,
  id: string,
  key: string | undefined,
  spec: WidgetSpec<V>,
  formId: string | null,
): WidgetEntry {
  const { widgets, state } = exec.session;
  if (spec.kind === "button" && key !== undefined && state.hasUserValue(key)) {
    throw new RivuletAPIError(`Values for the widget with key "${key}" cannot be set using st.sessionState.`);
  }
  let entry = widgets.get(id);
  // What the widget held before the session moved to this thread (a snapshot), if it did.
  const restored = entry === undefined ? widgets.takeRestored(id) : undefined;
  if (entry === undefined) {
    const preset = restored ?? (key === undefined ? undefined : state.takeUserValue(key));
    if (restored === undefined && preset !== undefined && spec.valueGiven && widgets.firstDefaultValueWarning(key!)) {
      exec.writer.writeElement(block, {
        kind: "alert",
        level: "warning",
        body: `The widget with key "${key}" was created with a default value but also had its value set via the Session State API.`,
      });
    }
    entry = {
      id,
      kind: spec.kind,
      key,
      value: preset === undefined ? spec.initial : preset.value,
      origin: restored?.origin ?? (preset === undefined ? "default" : "state"),
      fragmentId: null,
      formId,
      initial: spec.initial,
      callback: undefined,
      reject: spec.reject,
      renderedBy: exec.id,
    } satisfies WidgetEntry;
  } else if (entry.origin === "deleted") {
    entry.value = spec.initial;
    entry.origin = "default";
  }
  if (entry.origin === "state") {
    const problem = spec.rejectState?.(entry.value) ?? null;
    if (problem !== null) throw new RivuletAPIError(problem);
  }
  // A restored page value is checked as the page's values are: the widget may have changed since.
  if (restored?.origin === "page" && spec.reject(entry.value as Json) !== null) {
    entry.value = spec.initial;
    entry.origin = "default";
  }
  widgets.set(entry);
  widgets.rendered(entry, exec.id, exec.fragment?.id ?? null);
  entry.formId = formId;
  entry.reject = spec.reject;
  entry.callback = callbackOf(spec.api, spec.label, spec.callback, spec.args);
  return entry;
}

/** A fragment's widgets live in the fragment: a rerun of it could not redraw them elsewhere. */
function checkInsideFragment(exec: Execution, block: LiveBlock): void {
  const fragment = exec.fragment;
  if (fragment === null) return;
  for (let b: LiveBlock | null = block; b !== null; b = b.parent) if (b === fragment.block) return;
  throw new RivuletAPIError("Fragments cannot write widgets to outside containers.");
}

function callbackOf(
  api: string,
  label: string,
  fn: Callback["fn"] | undefined,
  args: readonly unknown[] | undefined,
): Callback | undefined {
  if (fn === undefined) return undefined;
  if (typeof fn !== "function") throw new RivuletAPIError(`The callback of st.${api}("${label}") must be a function.`);
  return { fn, args: args ?? [] };
}
/** The fields every widget node has. */
export function baseNode(id: string, label: string, options: WidgetOptions): {
  id: string;
  label: string;
  disabled: boolean;
  help?: string;
  key?: string;
} {
  return {
    id,
    label,
    disabled: options.disabled ?? false,
    ...(options.help !== undefined ? { help: options.help } : {}),
    ...(options.key !== undefined ? { key: String(options.key) } : {}),
  };
}
