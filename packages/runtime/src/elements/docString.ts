// st.help: what a value is. Streamlit shows an object's name, type, docstring and members;
// JavaScript has no docstrings, so a function shows its signature (from its source) and every
// value its members: own and inherited properties and methods, with their types and, for
// plain values, a short preview. Reading a member never runs a getter: a getter shows as one.

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { defineElement } from "./define.ts";

/** At most this many members are listed (a module namespace can have hundreds). */
const MAX_MEMBERS = 200;
const PREVIEW = 80;

export function help(this: unknown, value: unknown = undefined): Container {
  return writeElement(containerOf(this), "help", { kind: "docString", ...describe(value) });
}

interface Described {
  name?: string;
  type: string;
  value?: string;
  signature?: string;
  members: { name: string; type: string; value?: string }[];
}

function describe(value: unknown): Described {
  const type = typeOf(value);
  const named = typeof value === "function" && value.name !== "" ? { name: value.name } : {};
  if (typeof value === "function") return { ...named, type, signature: signatureOf(value as (...args: never[]) => unknown), members: membersOf(value) };
  if (value === null || typeof value !== "object") return { type, value: preview(value), members: [] };
  return { type, members: membersOf(value) };
}

/** The type as a TypeScript user says it: `string`, `Array`, `Map`, a class's name, `function`, `class`. */
function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "function") return /^class\b/.test(Function.prototype.toString.call(value)) ? "class" : "function";
  if (typeof value !== "object") return typeof value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null) return "object";
  const constructor = (proto as { constructor?: { name?: unknown } }).constructor;
  return typeof constructor?.name === "string" && constructor.name !== "" ? constructor.name : "object";
}

/** A function's parameter list as written: its source up to the body. */
function signatureOf(fn: (...args: never[]) => unknown): string {
  let source: string;
  try {
    source = Function.prototype.toString.call(fn);
  } catch {
    return `${fn.name}(…)`;
  }
  if (source.endsWith("{ [native code] }")) return `${fn.name}(…) (native)`;
  const body = source.search(/=>|\{/);
  return (body === -1 ? source : source.slice(0, body)).replace(/\s+/g, " ").trim() || `${fn.name}(…)`;
}

/** Own and inherited members (not Object's own), in the order they were defined, getters unread. */
function membersOf(value: object): Described["members"] {
  const members: Described["members"] = [];
  const seen = new Set<string>(["constructor"]);
  for (let at: object | null = value; at !== null && at !== Object.prototype && at !== Function.prototype; at = Object.getPrototypeOf(at)) {
    for (const key of Reflect.ownKeys(at)) {
      if (typeof key === "symbol" || seen.has(key) || members.length >= MAX_MEMBERS) continue;
      // A function's own name, length and prototype say nothing the signature does not.
      if (typeof value === "function" && at === value && ["length", "name", "prototype", "arguments", "caller"].includes(key)) continue;
      seen.add(key);
      const property = Reflect.getOwnPropertyDescriptor(at, key)!;
      if (property.get || property.set) {
        members.push({ name: key, type: property.get ? "getter" : "setter" });
        continue;
      }
      const member: unknown = property.value;
      if (typeof member === "function") members.push({ name: key, type: typeOf(member), value: signatureOf(member as (...args: never[]) => unknown) });
      else members.push({ name: key, type: typeOf(member), value: preview(member) });
    }
  }
  return members;
}

/** A short text of a value: JSON-like for plain data, the type for the rest. */
function preview(value: unknown): string {
  let text: string;
  try {
    if (typeof value === "string") text = JSON.stringify(value);
    else if (typeof value === "bigint") text = `${value}n`;
    else if (value === undefined || typeof value !== "object" || value === null) text = String(value);
    else if (Array.isArray(value)) text = `Array(${value.length})`;
    else text = typeOf(value);
  } catch {
    text = typeOf(value);
  }
  return text.length > PREVIEW ? `${text.slice(0, PREVIEW - 1)}…` : text;
}

const member = v.object({ name: v.string(), type: v.string(), value: v.optional(v.string()) });

export const node = v.object({
  kind: v.literal("docString"),
  /** A function's or class's name. */
  name: v.optional(v.string()),
  type: v.string(),
  /** A primitive's value, shortened. */
  value: v.optional(v.string()),
  /** A function's parameters, as written. */
  signature: v.optional(v.string()),
  members: v.array(member),
});

export default defineElement({
  kind: "docString",
  node,
  api: { help },
  section: "Text",
  docs: [
    {
      calls: ["st.help(value)"],
      streamlit: ["st.help"],
      notes: "a value's type, a function's signature, and the members with their types (`at.docString`)",
      example: 'class Greeter {\n  constructor(readonly name: string) {}\n  greet(loud: boolean) { return loud ? "HI" : "hi"; }\n}\nst.help(new Greeter("Ada"));',
    },
  ],
});
