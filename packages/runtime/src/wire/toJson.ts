// Any value in a form that crosses the wire (st.write of an object, an exception's message).

import type { Json } from "./protocol.ts";

/** A JSON form of any value: cycles, functions and other non-JSON values shown by name. */
export function toJson(value: unknown, seen = new Set<object>()): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "function") return `[Function ${value.name || "anonymous"}]`;
  if (typeof value !== "object") return String(value);
  if (seen.has(value)) return "[Circular]";
  seen.add(value);
  try {
    if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), toJson(v, seen)]));
    if (value instanceof Set || Array.isArray(value)) return [...value].map((v) => toJson(v, seen));
    if (value instanceof Date) return value.toISOString();
    // A typed array is its numbers (a chart's data often comes as a Float64Array).
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value as unknown as ArrayLike<unknown>, (item) => toJson(item, seen));
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) out[k] = toJson(v, seen);
    return out;
  } finally {
    seen.delete(value);
  }
}
