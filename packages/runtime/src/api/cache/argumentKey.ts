// The key of a cached function's arguments, by value (Streamlit's `_make_value_key`): two calls
// with equal arguments share an entry whatever objects hold them. Plain JSON data is written as
// its JSON text (native, and the common case); anything else as a self-delimiting string of our
// own (a type tag, then the value; strings and bytes with their length), so different values
// never write the same text. An object's keys count in their order, as a Python dict's do in
// Streamlit's hash; a Map's and a Set's entries are sorted (they are equal in any order). The
// text is the key when it is short, and its SHA-256 when it is long (a 10 MB array is not kept
// as a key). A parameter whose name starts with `_` is left out, as in Streamlit (the compiler
// passes the names).

import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { RivuletAPIError } from "../../errors/RivuletAPIError.ts";
import { isJsonSafe } from "./jsonSafe.ts";
import type { CacheApi } from "./options.ts";

/** Streamlit's `hash_funcs`: what stands for a value of a class (or a class named so) in the key. */
export type HashFuncs = ReadonlyMap<abstract new (...args: never[]) => unknown, (value: any) => unknown> | Readonly<Record<string, (value: any) => unknown>>;

/** Longer texts are hashed. */
const KEPT_WHOLE = 256;

/** Thrown inside the writer; becomes `unhashable_argument` with the argument's name. */
class Unhashable {
  constructor(readonly type: string) {}
}

export interface KeySpec {
  api: CacheApi;
  /** The function's name, as errors say it. */
  name: string;
  /** The parameters' names by position (null: a pattern); a rest parameter is "...name". Absent when unknown. */
  params: readonly (string | null)[] | undefined;
  hashFuncs: HashFuncs | undefined;
}

export function argumentKey(args: readonly unknown[], spec: KeySpec): string {
  let text = "";
  for (let i = 0; i < args.length; i++) {
    const name = paramName(spec.params, i);
    if (name !== null && name.startsWith("_")) continue;
    const arg = args[i];
    try {
      text += spec.hashFuncs === undefined && typeof arg === "object" && arg !== null && isJsonSafe(arg) ? `j${JSON.stringify(arg)}` : write(arg, spec.hashFuncs, []);
    } catch (error) {
      if (error instanceof Unhashable) throw unhashable(spec, name ?? `argument ${i + 1}`, error.type);
      if (error instanceof RangeError) throw unhashable(spec, name ?? `argument ${i + 1}`, "nested too deeply to hash");
      throw error;
    }
    text += ",";
  }
  return text.length <= KEPT_WHOLE ? text : `#${bytesToHex(sha256(new TextEncoder().encode(text)))}`;
}

function paramName(params: KeySpec["params"], index: number): string | null {
  if (params === undefined) return null;
  if (index < params.length) {
    const name = params[index]!;
    return name?.startsWith("...") ? name.slice(3) : name;
  }
  const last = params.at(-1);
  return last?.startsWith("...") ? last.slice(3) : null;
}

function unhashable(spec: KeySpec, name: string, type: string): RivuletAPIError<"unhashable_argument"> {
  return new RivuletAPIError("unhashable_argument", { name, type, fn: spec.name, api: spec.api });
}

/** `seen`: the objects being written around this one (a cycle is written as how far up it goes). */
function write(value: unknown, hashFuncs: HashFuncs | undefined, seen: object[]): string {
  switch (typeof value) {
    case "string":
      return `s${value.length}:${value}`;
    case "number":
      return `n${Object.is(value, -0) ? "-0" : value};`;
    case "boolean":
      return value ? "T" : "F";
    case "undefined":
      return "U";
    case "bigint":
      return `i${value};`;
    case "symbol":
      throw new Unhashable("symbol");
    case "function": {
      // Streamlit hashes a function by its source.
      const source = Function.prototype.toString.call(value);
      return `f${source.length}:${source}`;
    }
  }
  if (value === null) return "N";
  const object = value as object;
  const depth = seen.lastIndexOf(object);
  if (depth !== -1) return `^${seen.length - depth};`;
  const custom = hashFuncs === undefined ? undefined : hashFuncOf(object, hashFuncs);
  seen.push(object);
  try {
    if (custom !== undefined) return `h${write(custom(object), hashFuncs, seen)}`;
    return writeObject(object, hashFuncs, seen);
  } finally {
    seen.pop();
  }
}

function writeObject(object: object, hashFuncs: HashFuncs | undefined, seen: object[]): string {
  if (Array.isArray(object)) {
    let text = `[${object.length}:`;
    for (const item of object) text += write(item, hashFuncs, seen);
    return text;
  }
  if (ArrayBuffer.isView(object)) return `b${object.constructor.name}:${bytes(new Uint8Array(object.buffer, object.byteOffset, object.byteLength))}`;
  if (object instanceof ArrayBuffer) return `b:${bytes(new Uint8Array(object))}`;
  if (object instanceof Date) return `d${object.getTime()};`;
  if (object instanceof RegExp) return `r${write(object.source, undefined, seen)}${object.flags};`;
  // A Map and a Set are equal whatever order their entries came in: their entries are sorted.
  if (object instanceof Map) {
    const entries = [...object].map(([k, v]) => write(k, hashFuncs, seen) + write(v, hashFuncs, seen)).sort();
    return `M${entries.length}:${entries.join("")}`;
  }
  if (object instanceof Set) {
    const items = [...object].map((item) => write(item, hashFuncs, seen)).sort();
    return `S${items.length}:${items.join("")}`;
  }
  if (object instanceof Promise || object instanceof WeakMap || object instanceof WeakSet || object instanceof WeakRef) {
    throw new Unhashable(object.constructor.name);
  }
  // A plain object, or a class instance: its class's name, then its own fields (as Streamlit
  // hashes an object by the state it pickles), or what the class says it stands for.
  const proto = Object.getPrototypeOf(object) as object | null;
  const kind = proto === null || proto === Object.prototype ? "" : className(object);
  const keys = Object.keys(object);
  if (kind !== "" && keys.length === 0) {
    // No fields of its own to hash: what it says it stands for, or else its state is out of
    // sight (#private fields, a native object), and equal keys would not mean equal values.
    const said = standsFor(object);
    if (said === undefined) throw new Unhashable(kind);
    return `c${kind.length}:${kind}${write(said, hashFuncs, seen)}`;
  }
  let text = `o${kind.length}:${kind}${keys.length}:`;
  for (const key of keys) text += `${key.length}:${key}${write((object as Record<string, unknown>)[key], hashFuncs, seen)}`;
  return text;
}

/**
 * What a class instance says it stands for, when it says: an Error's name and message, a
 * `toJSON()` (URL), a primitive `valueOf()` (Number, a money class), an own `toString()`
 * (URLSearchParams). Undefined when it says nothing.
 */
function standsFor(object: object): unknown {
  if (object instanceof Error) return `${object.name}: ${object.message}`;
  if (object instanceof Date) return object.getTime();
  const candidate = object as { toJSON?: unknown; valueOf?: unknown; toString?: unknown };
  if (typeof candidate.toJSON === "function") return (candidate.toJSON as () => unknown).call(object);
  if (typeof candidate.valueOf === "function" && candidate.valueOf !== Object.prototype.valueOf) {
    const value: unknown = (candidate.valueOf as () => unknown).call(object);
    if (value !== object && (typeof value !== "object" || value === null)) return value;
  }
  if (typeof candidate.toString === "function" && candidate.toString !== Object.prototype.toString) return String(object);
  return undefined;
}

function hashFuncOf(object: object, hashFuncs: HashFuncs): ((value: unknown) => unknown) | undefined {
  for (let proto = Object.getPrototypeOf(object) as { constructor?: unknown } | null; proto !== null; proto = Object.getPrototypeOf(proto) as typeof proto) {
    const ctor = proto.constructor;
    if (typeof ctor !== "function") continue;
    const found = hashFuncs instanceof Map ? (hashFuncs.get(ctor as never) ?? hashFuncs.get(ctor.name as never)) : Object.hasOwn(hashFuncs, ctor.name) ? (hashFuncs as Record<string, (value: unknown) => unknown>)[ctor.name] : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}

export function className(object: object): string {
  const ctor = (Object.getPrototypeOf(object) as { constructor?: { name?: unknown } } | null)?.constructor;
  return typeof ctor?.name === "string" && ctor.name !== "" ? ctor.name : "object";
}

/** Bytes as text, one character each (with their count, so that what follows cannot run on). */
function bytes(view: Uint8Array): string {
  let text = `${view.length}:`;
  for (let i = 0; i < view.length; i += 8192) text += String.fromCharCode(...view.subarray(i, i + 8192));
  return text;
}
