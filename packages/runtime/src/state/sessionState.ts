// `st.sessionState`: the user's values plus the values of keyed widgets, as Streamlit's
// SessionState holds them. Rules for widget keys follow Streamlit 1.50.

import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import type { WidgetRegistry } from "./widgets.ts";

export class SessionStateStore {
  private readonly user = new Map<string, unknown>();
  /**
   * The keys the user set since this run began (its callbacks included): Streamlit's
   * `_new_session_state`, compacted away when the next run starts. A button's key set here
   * makes its call raise, in this run only.
   */
  private readonly setThisRun = new Set<string>();

  constructor(
    private readonly widgets: WidgetRegistry,
    /** The id of the running execution, or -1 between runs. */
    private readonly runningExec: () => number,
    /** Whether the running execution wrote the form with this key. */
    private readonly formThisRun: (key: string) => boolean = () => false,
  ) {}

  has(key: string): boolean {
    return this.user.has(key) || this.widgets.byKey(key) !== undefined;
  }

  get(key: string): unknown {
    const widget = this.widgets.byKey(key);
    return widget !== undefined ? widget.value : this.user.get(key);
  }

  set(key: string, value: unknown): void {
    const widget = this.widgets.byKey(key);
    if (widget === undefined) {
      // Streamlit 1.50 refuses a form's key as it refuses a created widget's.
      if (this.formThisRun(key)) throw new RivuletAPIError("widget_state_set_after_widget", { key, what: "form" });
      this.user.set(key, value);
      this.setThisRun.add(key);
      return;
    }
    if (widget.model === "trigger") {
      throw new RivuletAPIError("widget_value_not_settable", { key });
    }
    if (widget.renderedBy === this.runningExec()) {
      throw new RivuletAPIError("widget_state_set_after_widget", { key, what: "widget" });
    }
    widget.value = value;
    widget.origin = "state";
  }

  delete(key: string): boolean {
    const widget = this.widgets.byKey(key);
    if (widget !== undefined) this.widgets.forgetValue(widget);
    this.setThisRun.delete(key);
    return this.user.delete(key) || widget !== undefined;
  }

  /** A run begins (before its callbacks): what earlier runs set is no longer new. */
  beginRun(): void {
    this.setThisRun.clear();
  }

  /** Whether the user set a value for `key` in this run that no widget has taken yet. */
  setInThisRun(key: string): boolean {
    return this.setThisRun.has(key) && this.user.has(key);
  }

  /** The user's own values (not widgets'), for a snapshot of the session. */
  userEntries(): IterableIterator<[string, unknown]> {
    return this.user.entries();
  }

  /** A session started again from a snapshot: the user's values come back. */
  restoreUser(entries: readonly [string, unknown][]): void {
    for (const [key, value] of entries) this.user.set(key, value);
  }

  keys(): string[] {
    return [...new Set([...this.user.keys(), ...this.widgets.keys()])];
  }

  /** A value the user set for `key` before its widget existed: the widget starts with it. */
  takeUserValue(key: string): { value: unknown } | undefined {
    if (!this.user.has(key)) return undefined;
    const value = this.user.get(key);
    this.user.delete(key);
    return { value };
  }
}

/** A proxy over a store: `"x" in s`, `s.x`, `s.x = 1`, `delete s.x`, `Object.keys(s)`. */
export function sessionStateProxy(store: () => SessionStateStore): Record<string, any> {
  return new Proxy(Object.create(null) as Record<string, any>, {
    has: (_, key) => typeof key === "string" && store().has(key),
    get: (_, key) => (typeof key === "string" ? store().get(key) : undefined),
    set: (_, key, value) => {
      if (typeof key !== "string") return false;
      store().set(key, value);
      return true;
    },
    deleteProperty: (_, key) => (typeof key === "string" ? (store().delete(key), true) : false),
    ownKeys: () => store().keys(),
    getOwnPropertyDescriptor: (_, key) =>
      typeof key === "string" && store().has(key)
        ? { value: store().get(key), writable: true, enumerable: true, configurable: true }
        : undefined,
  });
}
