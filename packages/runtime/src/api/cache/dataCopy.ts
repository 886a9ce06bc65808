// st.cacheData hands every caller its own copy (Streamlit pickles the value and unpickles it per
// hit): here a structured clone, which the host has in Node and in a Web Worker, and which is how
// an entry crosses threads anyway. A clone keeps primitives, plain objects, arrays, Map, Set,
// Date, RegExp, Error, ArrayBuffer and typed arrays; it refuses functions and symbols and turns a
// class instance into a plain object, silently. So a value is checked once, when it is stored,
// and refused with Streamlit's advice (st.cacheResource keeps such objects as they are). Plain
// JSON data (./jsonSafe.ts) is kept as its JSON text instead: parsing it is the fastest copy,
// and a string is the cheapest thing to send to another thread or keep.

import { RivuletAPIError } from "../../errors/RivuletAPIError.ts";
import { className } from "./argumentKey.ts";
import { isJsonSafe } from "./jsonSafe.ts";

const KEPT_PROTOTYPES = new Set<unknown>([
  Object.prototype,
  null,
  Array.prototype,
  Map.prototype,
  Set.prototype,
  Date.prototype,
  RegExp.prototype,
  ArrayBuffer.prototype,
  DataView.prototype,
  Error.prototype,
  TypeError.prototype,
  RangeError.prototype,
  SyntaxError.prototype,
  ReferenceError.prototype,
  EvalError.prototype,
  URIError.prototype,
  Boolean.prototype,
  Number.prototype,
  String.prototype,
]);
const TYPED_ARRAY_PROTOTYPE = Object.getPrototypeOf(Uint8Array.prototype) as object;

/** What the cache keeps of a value: its JSON text when it is plain JSON data, else a structured clone. */
export type StoredValue = { json: string } | { clone: unknown };

/** The copy the cache keeps, or the error that says why `value` cannot be kept. */
export function storedCopy(value: unknown, fn: string): StoredValue {
  if (typeof value !== "object" || value === null) {
    if (typeof value === "function" || typeof value === "symbol") throw unserializable(value, fn);
    return { clone: value };
  }
  if (isJsonSafe(value)) return { json: JSON.stringify(value) };
  const refused = firstRefused(value);
  if (refused !== undefined) throw unserializable(refused, fn);
  return { clone: structuredClone(value) };
}

/** A caller's own copy of what the cache keeps. */
export function handedCopy(stored: unknown): unknown {
  const kept = stored as StoredValue;
  if ("json" in kept) return JSON.parse(kept.json);
  return typeof kept.clone === "object" && kept.clone !== null ? structuredClone(kept.clone) : kept.clone;
}

/** The first value in `root` a clone would refuse or change, iteratively (data can be deep). */
function firstRefused(root: object): unknown {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === "function" || typeof value === "symbol") return value;
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    if (ArrayBuffer.isView(value)) {
      if (!(value instanceof DataView) && Object.getPrototypeOf(Object.getPrototypeOf(value)) !== TYPED_ARRAY_PROTOTYPE) return value;
      continue;
    }
    if (!KEPT_PROTOTYPES.has(Object.getPrototypeOf(value))) return value;
    if (value instanceof Map) {
      for (const [k, v] of value) stack.push(k, v);
    } else if (value instanceof Set) {
      for (const item of value) stack.push(item);
    } else {
      for (const key of Object.keys(value)) stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return undefined;
}

function unserializable(value: unknown, fn: string): RivuletAPIError<"unserializable_return_value"> {
  const type = typeof value === "object" && value !== null ? className(value) : typeof value;
  return new RivuletAPIError("unserializable_return_value", { type, fn });
}
