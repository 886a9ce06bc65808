// A session's state as plain data, so that a host can start the session again on another thread
// (its thread got stuck, or died): the user's values in `st.sessionState`, the values its widgets
// hold, and its page's query. Taken after every completed run; a value that would not arrive as
// it is (a function, a class instance, which a structured clone turns into a plain object) makes
// the session unmovable, and the snapshot says why.

import { pageValueOf, type WidgetRegistry } from "../state/widgets.ts";
import type { SessionStateStore } from "../state/sessionState.ts";
import type { QueryParamsStore } from "../state/queryParams.ts";

export interface SessionSnapshot {
  /** The user's values in `st.sessionState` (widgets' values are below), in order. */
  state: [key: string, value: unknown][];
  /** What widgets hold other than their defaults, by widget id, as the page holds it (`pageValueOf`). */
  widgets: { id: string; value: unknown; origin: "page" | "state" }[];
  /** The query string the page has. */
  query: string;
}

export type SnapshotResult = { ok: true; snapshot: SessionSnapshot } | { ok: false; why: string };

/** More values than this and the state is not worth copying after every run. */
const MAX_VALUES = 100_000;

export function takeSnapshot(state: SessionStateStore, widgets: WidgetRegistry, query: QueryParamsStore): SnapshotResult {
  const snapshot: SessionSnapshot = { state: [...state.userEntries()], widgets: [], query: query.onPage };
  for (const entry of widgets.entries()) {
    if (entry.model === "trigger" || (entry.origin !== "page" && entry.origin !== "state")) continue;
    // A value the widget cannot show (not one of its options) failed its run; it is not kept.
    const value = pageValueOf(entry);
    if (value !== undefined) snapshot.widgets.push({ id: entry.id, value, origin: entry.origin });
  }
  const problem = movableProblem(snapshot.state, snapshot.widgets);
  return problem === null ? { ok: true, snapshot } : { ok: false, why: problem };
}

const PLAIN_CLASSES = [Date, RegExp, Map, Set, ArrayBuffer, DataView, Boolean, Number, String] as const;

/** Why some value would not arrive as it is on another thread, or null (checked without recursion). */
function movableProblem(state: SessionSnapshot["state"], widgets: SessionSnapshot["widgets"]): string | null {
  const stack: { value: unknown; where: string }[] = [
    ...state.map(([key, value]) => ({ value, where: `st.sessionState.${key}` })),
    ...widgets.map(({ id, value }) => ({ value, where: `the value of widget ${id}` })),
  ];
  const seen = new Set<object>();
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, where } = item;
    if (typeof value === "function") return `${where} holds a function`;
    if (typeof value === "symbol") return `${where} holds a symbol`;
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    if (seen.size > MAX_VALUES) return `st.sessionState holds more than ${MAX_VALUES.toLocaleString("en-US")} values`;
    const proto: unknown = Object.getPrototypeOf(value);
    if (Array.isArray(value)) {
      value.forEach((element, i) => stack.push({ value: element, where: `${where}[${i}]` }));
    } else if (value instanceof Map) {
      for (const [k, v] of value) stack.push({ value: k, where: `a key of ${where}` }, { value: v, where: `${where}.get(${String(k)})` });
    } else if (value instanceof Set) {
      for (const v of value) stack.push({ value: v, where: `a member of ${where}` });
    } else if (ArrayBuffer.isView(value) || PLAIN_CLASSES.some((c) => value instanceof c && proto === c.prototype)) {
      // Cloned as they are.
    } else if (proto === Object.prototype || proto === null) {
      for (const key of Object.keys(value)) stack.push({ value: (value as Record<string, unknown>)[key], where: `${where}.${key}` });
    } else {
      const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
      return `${where} holds ${typeof name === "string" && name !== "" ? `a ${name}` : "an object of a class"}, which would arrive as a plain object`;
    }
  }
  return null;
}
