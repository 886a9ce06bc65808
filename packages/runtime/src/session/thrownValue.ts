// What an exception element says about a thrown value, whatever it is: `throw null`, an object
// with no prototype, one whose `toString` throws, a Proxy whose traps throw, an Error whose
// `message` is an object or whose `stack` getter throws. Nothing here may throw: a run that
// failed must still end, and its page must be told.

import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { toJson } from "../wire/toJson.ts";

export interface ThrownDescription {
  /** An Error's name; otherwise the kind of value: "null", "number", "object", "Map"… */
  type: string;
  message: string;
  /** The Error's stack, when it has one that reads as a string. */
  stack: string | undefined;
  /** Whether the value is an Error (its stack says where it was made). */
  isError: boolean;
  /** A RivuletAPIError's catalogue code. */
  code?: string;
}

/** Longer messages are clipped: an exception element is for reading, not for dumping data. */
const MAX_MESSAGE = 10_000;

export function describeThrown(value: unknown): ThrownDescription {
  const isError = attempt(() => value instanceof Error, false);
  if (isError) {
    const error = value as Error;
    const name = attempt(() => error.name, undefined);
    const message = attempt(() => error.message, undefined);
    const stack = attempt(() => error.stack, undefined);
    const code = attempt(() => (error instanceof RivuletAPIError ? error.code : undefined), undefined);
    return {
      ...(code !== undefined ? { code } : {}),
      type: typeof name === "string" && name !== "" ? name : "Error",
      message: clip(typeof message === "string" ? message : show(message)),
      stack: typeof stack === "string" ? stack : undefined,
      isError: true,
    };
  }
  return { type: kindOf(value), message: clip(show(value)), stack: undefined, isError: false };
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (typeof value !== "object") return typeof value;
  const name = attempt(() => {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === null) return undefined;
    const ctor: unknown = (proto as { constructor?: unknown }).constructor;
    return typeof ctor === "function" && typeof ctor.name === "string" ? ctor.name : undefined;
  }, undefined);
  return name === undefined || name === "" || name === "Object" ? "object" : name;
}

/** A readable form of any value: strings as they are, objects as JSON, the rest by String(). */
function show(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined) return "undefined";
  if (typeof value === "symbol") return value.toString();
  if (typeof value === "function") return `[Function ${attempt(() => value.name, "") || "anonymous"}]`;
  if (typeof value !== "object" || value === null) return String(value);
  const json = attempt(() => JSON.stringify(toJson(value)), undefined);
  if (typeof json === "string") return json;
  return attempt(() => String(value), "[an object that cannot be shown]");
}

function clip(text: string): string {
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}… (${text.length - MAX_MESSAGE} more characters)` : text;
}

function attempt<T, F>(read: () => T, fallback: F): T | F {
  try {
    return read();
  } catch {
    return fallback;
  }
}
