// What every widget does: take its call site, work out its identity, find or create its state,
// write its element, and return its value.
//
// Identity follows Streamlit 1.50: a widget is its kind, label and the parameters that define
// it (a new default or range makes a new widget, starting from its default); without a key, the
// call site and the occurrence at that site tell apart widgets that look the same (a loop, a
// helper called twice). With a key, most widgets are their key and a few parameters
// (`keyedParams`), so they keep their value when the rest changes.

import { RivuletAPIError } from "../../errors/RivuletAPIError.ts";
import { invalidOption } from "../../errors/invalidOption.ts";
import { currentExecution, takeSite } from "../../session/context.ts";
import type { Execution } from "../../session/execution.ts";
import * as v from "valibot";
import type { Callback, PageForm, ValueOrigin, WidgetEntry } from "../../state/widgets.ts";
export type { PageForm } from "../../state/widgets.ts";
import type { LiveBlock } from "../../tree/live.ts";
import type { ElementNode, Json } from "../../wire/protocol.ts";
import { describeValue } from "../../errors/describeValue.ts";
import { identityHash, idOf } from "../../session/hashId.ts";
import type { Container } from "../container.ts";
import { checkFormRules } from "../forms/formRules.ts";
import { checkNode } from "../elements/nodeCheck.ts";
import { CACHED_WIDGET_WARNING } from "../cache/cachedWidgetWarning.ts";

/** Options every widget takes. */
export interface WidgetOptions {
  key?: string | number;
  help?: string;
  disabled?: boolean;
  args?: readonly unknown[];
  /** "hidden" keeps the label's space empty; "collapsed" takes it away. The label still names the widget for screen readers. */
  labelVisibility?: LabelVisibility;
}

export const LABEL_VISIBILITIES = ["visible", "hidden", "collapsed"] as const;
export type LabelVisibility = (typeof LABEL_VISIBILITIES)[number];

/** Where a widget may be written, as Streamlit allows it. */
export type Placement =
  /** In a form or not (its value then comes only with the form's submit). */
  | "anywhere"
  /** Not in a form: its event could not be told from a submit (`st.button`). */
  | "outside-forms"
  /** Only in a form (`st.formSubmitButton`). */
  | "in-forms";

/**
 * How a widget's value behaves: part of its element's definition (elements/define.ts).
 * "trigger": true for the one run its click caused, and takes no value (a button); "value":
 * holds what the page sets, across runs (a slider), every value checked against `value` first.
 */
export type WidgetModel =
  /** `value`: what a submit carries (a chat input's text), held for the one run it causes. */
  | { model: "trigger"; value?: v.GenericSchema }
  | {
      model: "value";
      /** What the page may send. */
      value: v.GenericSchema;
      /**
       * The page holds the value in another form than the script (a selectbox's index for its
       * option): each call then gives its `page` (PageForm), and AppTest's views show the
       * script's value.
       */
      pageForm?: true;
      /** Session state cannot set its value (Streamlit's `writes_allowed=False`: a dataframe's selection). */
      settable?: false;
      /**
       * It is a widget only when its call gives this option, and not as "ignore" (st.dataframe's
       * `onSelect`); otherwise it is a plain element. The compiler's checks follow the same rule.
       */
      whenOption?: string;
    };

/** What `widget()` needs of the element's definition (elements/define.ts). */
export interface WidgetKindInfo {
  kind: string;
  widget: WidgetModel;
  /** Where each of its st functions may be written, by name, when not "anywhere" (the compiler checks it too). */
  placement?: Readonly<Record<string, Placement>>;
}

export interface WidgetSpec<V> {
  /** The st function, as its errors name it. */
  api: string;
  label: string;
  key: string | number | undefined;
  /** The parameters that make it a different widget when they change (Streamlit's widget id). */
  params: readonly unknown[];
  /**
   * With a key, the parameters that still count (Streamlit 1.50 makes the key alone the identity
   * of most widgets: a keyed text input keeps its text when its default changes). All of
   * `params` when absent, as for the widgets 1.50 has not moved yet (st.radio, st.slider).
   */
  keyedParams?: readonly unknown[];
  initial: V;
  /** The script gave the default (`value`) itself, rather than leaving Streamlit's default. */
  valueGiven?: boolean;
  callback: ((...args: never[]) => unknown) | undefined;
  args: readonly unknown[] | undefined;
  /**
   * Why a value from the page does not fit this widget, past the definition's value schema
   * (which has checked its type): out of range, too long. Null when it fits.
   */
  reject?: (value: Json) => string | null;
  /**
   * When a value set through `st.sessionState` does not fit, what the widget takes, in words
   * ("a number from 0 to 10"); null when it fits; unchecked when absent.
   */
  rejectState?: (value: unknown) => string | null;
  /** How the page holds the value, when not as the script does. */
  page?: PageForm<V>;
  node: (id: string, value: V) => ElementNode;
}

export function widget<V>(target: Container, kind: WidgetKindInfo, spec: WidgetSpec<V>): V {
  const site = takeSite();
  const exec = currentExecution(spec.api);
  const { block, at } = target.place(exec);
  checkInsideFragment(exec, block);
  if (exec.recording && at === undefined) exec.writer.writeElement(block, CACHED_WIDGET_WARNING);
  const formId = checkFormRules(exec, block, { api: spec.api, placement: kind.placement?.[spec.api] ?? "anywhere", callback: spec.callback });
  const key = spec.key === undefined ? undefined : String(spec.key);
  if (key !== undefined) exec.claimKey(key);
  const id =
    key === undefined
      ? exec.identity(site, kind.kind, spec.label, spec.params)
      : // A key is unique in a run: it takes the place of the fragment and the site.
        idOf(
          spec.keyedParams === undefined
            ? identityHash(KEYED, key, kind.kind, spec.label, spec.params)
            : identityHash(KEYED, key, kind.kind, "", spec.keyedParams),
        );
  const entry = render(exec, block, id, key, kind, spec, formId);
  const value = entry.value as V;
  exec.writer.writeElement(block, spec.node(id, value), at, (changed) => checkNode(spec.api, changed));
  return value;
}

/** The scope of a keyed widget's identity: no fragment id is this. */
const KEYED = "\u0000key";

/** The widget's state, created or brought up to date for this run. */
function render<V>(
  exec: Execution,
  block: LiveBlock,
  id: string,
  key: string | undefined,
  kind: WidgetKindInfo,
  spec: WidgetSpec<V>,
  formId: string | null,
): WidgetEntry {
  const { widgets, state } = exec.session;
  const model = kind.widget.model;
  const reject = pageValueCheck(kind.widget, spec.reject);
  if ((kind.widget.model === "value" && kind.widget.pageForm === true) !== (spec.page !== undefined)) {
    throw new Error(`st.${spec.api}: its definition's pageForm and its call's \`page\` disagree (a Rivulet bug)`);
  }
  const settable = kind.widget.model === "trigger" ? false : kind.widget.settable !== false;
  if (!settable && key !== undefined && state.setInThisRun(key)) {
    throw new RivuletAPIError("widget_value_not_settable", { key });
  }
  let entry = widgets.get(id);
  // What the widget held before the session moved to this thread (a snapshot), if it did.
  const restored = entry === undefined ? fromSnapshot(widgets.takeRestored(id), spec, reject) : undefined;
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
      kind: kind.kind,
      model,
      key,
      value: preset === undefined ? spec.initial : preset.value,
      origin: restored?.origin ?? (preset === undefined ? "default" : "state"),
      fragmentId: null,
      formId,
      initial: spec.initial,
      callback: undefined,
      reject,
      page: undefined,
      ...(restored?.pageValue !== undefined ? { pageValue: restored.pageValue } : {}),
      renderedBy: exec.id,
    } satisfies WidgetEntry;
  } else if (entry.origin === "deleted" || entry.origin === "default") {
    // This run's default: a script that makes its options anew each run gets this run's.
    entry.value = spec.initial;
    entry.origin = "default";
  } else if (entry.origin === "page" && model === "value" && reject((entry.pageValue ?? entry.value) as Json) !== null) {
    // A keyed widget stays itself when its options or bounds change: what the page sent may no
    // longer fit it, and it starts from its default again.
    entry.value = spec.initial;
    entry.origin = "default";
  } else if (entry.origin === "page" && spec.page !== undefined && entry.pageValue !== undefined) {
    entry.value = spec.page.fromPage(entry.pageValue);
  }
  if (entry.origin === "state") {
    const expected = spec.rejectState?.(entry.value) ?? null;
    if (expected !== null) {
      throw new RivuletAPIError("invalid_state_value", { key: key!, got: describeValue(entry.value), api: spec.api, label: spec.label, expected });
    }
  }
  widgets.set(entry);
  widgets.rendered(entry, exec.id, exec.fragment?.id ?? null);
  entry.formId = formId;
  entry.reject = reject;
  entry.page = spec.page as PageForm<unknown> | undefined;
  entry.callback = callbackOf(spec.api, spec.label, spec.callback, spec.args);
  return entry;
}

/**
 * What a widget held before its session moved to this thread, from the snapshot, which holds it
 * as the page does (`pageValueOf`). It is checked as the page's values are, since the widget may
 * have changed since: the default when it no longer fits.
 */
function fromSnapshot<V>(
  held: { value: unknown; origin: "page" | "state" } | undefined,
  spec: WidgetSpec<V>,
  reject: (value: Json) => string | null,
): { value: unknown; origin: ValueOrigin; pageValue?: Json } | undefined {
  if (held === undefined) return undefined;
  const asPage = held.origin === "page" || spec.page !== undefined;
  if (asPage && reject(held.value as Json) !== null) return { value: spec.initial, origin: "default" };
  const value = spec.page === undefined ? held.value : spec.page.fromPage(held.value as Json);
  return held.origin === "page" ? { value, origin: "page", pageValue: held.value as Json } : { value, origin: "state" };
}

/**
 * Why a value from the page does not fit: first the definition's value schema (its type, for
 * every widget of the kind), then the widget's own rules. A trigger takes no value at all.
 */
function pageValueCheck(model: WidgetModel, own: ((value: Json) => string | null) | undefined): (value: Json | undefined) => string | null {
  if (model.model === "trigger") {
    const carried = model.value;
    // A button takes plain clicks; a chat input's submit must carry its text.
    if (carried === undefined) return (value) => (value === undefined ? null : "it takes clicks, not values");
    return (value) =>
      value === undefined ? "its trigger carries a value" : v.is(carried, value) ? (own?.(value) ?? null) : `${describeValue(value)} is not ${expected(carried)}`;
  }
  const schema = model.value;
  const check = (value: Json | undefined) => (value === undefined ? "it takes a value" : null);
  return (value) => check(value) ?? (v.is(schema, value) ? (own?.(value!) ?? null) : `${describeValue(value)} is not ${expected(schema)}`);
}

/** What a schema expects, in words for an error message. */
function expected(schema: v.GenericSchema): string {
  const words: Record<string, string> = {
    boolean: "true or false",
    string: "a string",
    number: "a number",
    // A slider's: one value, or a range's two.
    "(number | Array)": "a number or a list of numbers",
  };
  return words[schema.expects] ?? schema.expects;
}

/** A fragment's widgets live in the fragment: a rerun of it could not redraw them elsewhere. */
function checkInsideFragment(exec: Execution, block: LiveBlock): void {
  const fragment = exec.fragment;
  if (fragment === null) return;
  for (let b: LiveBlock | null = block; b !== null; b = b.parent) if (b === fragment.block) return;
  throw new RivuletAPIError("widget_outside_fragment");
}

function callbackOf(
  api: string,
  label: string,
  fn: Callback["fn"] | undefined,
  args: readonly unknown[] | undefined,
): Callback | undefined {
  if (fn === undefined) return undefined;
  if (typeof fn !== "function") throw invalidOption(api, "callback", "a function", fn);
  return { fn, args: args ?? [] };
}
/** The fields every widget node has. */
export function baseNode(id: string, label: string, options: WidgetOptions): {
  id: string;
  label: string;
  disabled: boolean;
  help?: string;
  key?: string;
  labelVisibility?: "hidden" | "collapsed";
} {
  const visibility = labelVisibility(options.labelVisibility);
  return {
    id,
    label,
    disabled: options.disabled ?? false,
    ...(options.help !== undefined ? { help: options.help } : {}),
    ...(options.key !== undefined ? { key: String(options.key) } : {}),
    ...(visibility !== "visible" ? { labelVisibility: visibility } : {}),
  };
}

function labelVisibility(given: unknown): LabelVisibility {
  if (given === undefined) return "visible";
  if (LABEL_VISIBILITIES.includes(given as LabelVisibility)) return given as LabelVisibility;
  throw new RivuletAPIError("invalid_label_visibility", { value: String(given) });
}
