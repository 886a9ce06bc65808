// Widget state of one session: each widget's value by id, which run last rendered it, its
// callback, and the fragment it belongs to. Values persist across runs while the widget is
// rendered; a widget that a run does not render loses its state when that run completes.

import type { Json } from "../wire/protocol.ts";


export interface Callback {
  fn: (...args: never[]) => unknown;
  args: readonly unknown[];
}

/**
 * Where a widget's value came from: its default, the page, `st.sessionState` (checked against
 * the widget when it renders), or nowhere since `delete st.sessionState[key]` (it renders with
 * its default again).
 */
export type ValueOrigin = "default" | "page" | "state" | "deleted";

/**
 * How the page holds a widget's value, when not as the script sees it: a selectbox's page sends
 * the index of an option and the script gets the option itself, whatever it is. Absent, the
 * page's value is the script's.
 */
export interface PageForm<V> {
  /** The value as the page shows and sends it, or undefined when the widget cannot show it (not one of its options). */
  toPage(value: V): Json | undefined;
  /** The script's value for what the page sent (already checked against the value schema and `reject`). */
  fromPage(value: Json): V;
}

export interface WidgetEntry {
  readonly id: string;
  /** Its element's kind (as the registry names it). */
  readonly kind: string;
  /** "trigger": true for the run its click caused (a button); "value": holds what the page sets. */
  readonly model: "trigger" | "value";
  readonly key: string | undefined;
  /** The value the script sees; for a button, whether this run was caused by its click. */
  value: unknown;
  origin: ValueOrigin;
  /** The fragment whose rerun a change of this widget causes, or null for a full run. */
  fragmentId: string | null;
  /** The key of the `st.form` it is in, or null: its value then comes only with a submit. */
  formId: string | null;
  /** Its default value, which `clearOnSubmit` puts back. */
  readonly initial: unknown;
  callback: Callback | undefined;
  /**
   * Why a value sent by the page is not acceptable for this widget, or null when it is; for a
   * trigger, `undefined` is a plain click (a chat input refuses one).
   */
  reject: (value: Json | undefined) => string | null;
  /** How the page holds its value, when not as the script does (a selectbox's index for its option). */
  page: PageForm<unknown> | undefined;
  /**
   * The value the page last sent, as it sent it: each render turns it into the script's with
   * that run's options (a script that makes its options anew each run gets this run's).
   */
  pageValue?: Json;
  /** The execution that last rendered it. */
  renderedBy: number;
  /** About how many bytes the value the page last sent it takes (`measureValue`); 0 before that. */
  pageBytes?: number;
}

/** The widget's value as the page holds it, or undefined when it cannot show it (see PageForm). */
export function pageValueOf(entry: WidgetEntry): Json | undefined {
  return pageValueFor(entry, entry.value);
}

/** A value for the widget as its page would hold it, or undefined when it cannot show it. */
export function pageValueFor(entry: WidgetEntry, value: unknown): Json | undefined {
  return entry.page === undefined ? (value as Json) : entry.page.toPage(value);
}

/** The script's value for what the page sent the widget. */
export function scriptValueOf(entry: WidgetEntry, value: Json): unknown {
  return entry.page === undefined ? value : entry.page.fromPage(value);
}

/** Why a value from the page is refused to keep the session within its memory budget, or null. */
export type BudgetCheck = (entry: WidgetEntry, bytes: number) => string | null;

export class WidgetRegistry {
  private readonly byId = new Map<string, WidgetEntry>();
  private readonly idByKey = new Map<string, string>();
  private readonly defaultValueWarned = new Set<string>();
  /** The widgets rendered inside each fragment: a fragment rerun looks only at its own. */
  private readonly byFragment = new Map<string, Set<WidgetEntry>>();
  /** Buttons clicked for the running run. */
  private readonly triggered = new Set<WidgetEntry>();
  /** What the values the page sent and the session still holds take, in bytes (`pageBytes`). */
  private pageBytes = 0;

  /**
   * `maxPageBytes`: how much the values a page sends may take in all (its widgets' values live
   * as long as the widgets): a hostile page cannot fill the server's memory through them.
   */
  constructor(private readonly maxPageBytes = Infinity) {}

  /**
   * Why taking `bytes` more from the page would break the budget, or null. What counts is all the
   * session holds of what the page sent: the widgets' values, and the values still waiting in
   * the mailbox for their run (`queuedBytes`), which each take room until their run replaces an
   * older value with them.
   */
  budgetProblem(bytes: number, queuedBytes: number): string | null {
    const total = this.pageBytes + queuedBytes + bytes;
    if (total <= this.maxPageBytes) return null;
    return `the values this page has sent would take ${bytesText(total)}, more than a session may hold (${bytesText(this.maxPageBytes)})`;
  }

  /** The page's value (which takes `bytes`) is what `entry` holds from now on. */
  holdPageValue(entry: WidgetEntry, value: Json, bytes: number): void {
    entry.pageValue = value;
    entry.value = scriptValueOf(entry, value);
    this.pageBytes += bytes - (entry.pageBytes ?? 0);
    entry.pageBytes = bytes;
  }

  /** Values of widgets from a snapshot, taken by each widget when the session renders it again. */
  private restored = new Map<string, { value: unknown; origin: "page" | "state" }>();

  /** A session started again from a snapshot: each widget gets back what it held when it renders. */
  restore(values: readonly { id: string; value: unknown; origin: "page" | "state" }[]): void {
    for (const { id, value, origin } of values) this.restored.set(id, { value, origin });
  }

  /** What widget `id` held before the session moved, once. */
  takeRestored(id: string): { value: unknown; origin: "page" | "state" } | undefined {
    if (this.restored.size === 0) return undefined;
    const value = this.restored.get(id);
    this.restored.delete(id);
    return value;
  }

  /** Streamlit warns once that a widget got both a default and a Session State value. */
  firstDefaultValueWarning(key: string): boolean {
    if (this.defaultValueWarned.has(key)) return false;
    this.defaultValueWarned.add(key);
    return true;
  }

  get(id: string): WidgetEntry | undefined {
    return this.byId.get(id);
  }

  byKey(key: string): WidgetEntry | undefined {
    const id = this.idByKey.get(key);
    return id === undefined ? undefined : this.byId.get(id);
  }

  set(entry: WidgetEntry): void {
    this.byId.set(entry.id, entry);
    if (entry.key !== undefined) this.idByKey.set(entry.key, entry.id);
  }

  /** `delete st.sessionState[key]`: the value goes, the widget stays (the page may still send to it). */
  forgetValue(entry: WidgetEntry): void {
    if (entry.key !== undefined && this.idByKey.get(entry.key) === entry.id) this.idByKey.delete(entry.key);
    entry.value = undefined;
    entry.origin = "deleted";
  }

  delete(entry: WidgetEntry): void {
    this.pageBytes -= entry.pageBytes ?? 0;
    entry.pageBytes = 0;
    this.byId.delete(entry.id);
    if (entry.key !== undefined && this.idByKey.get(entry.key) === entry.id) this.idByKey.delete(entry.key);
    if (entry.fragmentId !== null) this.byFragment.get(entry.fragmentId)?.delete(entry);
    this.triggered.delete(entry);
  }

  /** Execution `execId` rendered `entry`, inside fragment `fragmentId` or outside every fragment (null). */
  rendered(entry: WidgetEntry, execId: number, fragmentId: string | null): void {
    entry.renderedBy = execId;
    if (entry.fragmentId === fragmentId) return;
    if (entry.fragmentId !== null) this.byFragment.get(entry.fragmentId)?.delete(entry);
    if (fragmentId !== null) {
      let members = this.byFragment.get(fragmentId);
      if (members === undefined) this.byFragment.set(fragmentId, (members = new Set()));
      members.add(entry);
    }
    entry.fragmentId = fragmentId;
  }

  /** Forgets the widgets of a fragment that is gone. */
  dropFragment(fragmentId: string): void {
    for (const entry of [...(this.byFragment.get(fragmentId) ?? [])]) this.delete(entry);
    this.byFragment.delete(fragmentId);
  }

  /** Whether a click an interrupted run did not read is waiting for the next run. */
  get carriesClick(): boolean {
    return this.triggered.size > 0;
  }

  /** A click: the button is true for the run it causes (a chat input holds its text for it). */
  trigger(entry: WidgetEntry, value: Json = true): void {
    entry.value = value;
    this.triggered.add(entry);
  }

  keys(): IterableIterator<string> {
    return this.idByKey.keys();
  }

  entries(): IterableIterator<WidgetEntry> {
    return this.byId.values();
  }

  /**
   * Forgets the widgets that execution `execId` did not render: of the whole app after a full
   * run (`fragmentId` null), of one fragment after its rerun.
   */
  dropUnrendered(execId: number, fragmentId: string | null): void {
    const scope = fragmentId === null ? this.byId.values() : (this.byFragment.get(fragmentId) ?? []);
    for (const entry of [...scope]) if (entry.renderedBy !== execId) this.delete(entry);
    if (fragmentId === null) {
      for (const [id, members] of this.byFragment) if (members.size === 0) this.byFragment.delete(id);
    }
  }

  /**
   * Buttons are true for exactly the one run their click caused. Returns the ones that were.
   * `carry` keeps a click for the next run: the run it caused was interrupted before it read it.
   */
  resetTriggers(carry: (entry: WidgetEntry) => boolean = () => false): Set<string> {
    const ids = new Set<string>();
    for (const entry of [...this.triggered]) {
      ids.add(entry.id);
      if (carry(entry)) continue;
      entry.value = entry.initial;
      this.triggered.delete(entry);
    }
    return ids;
  }
}

function bytesText(bytes: number): string {
  return `${bytes.toLocaleString("en-US")} bytes`;
}
