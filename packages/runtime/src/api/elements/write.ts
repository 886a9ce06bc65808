// st.write: strings (and numbers) are Markdown, joined by spaces as Streamlit joins them;
// errors are exception elements; other values are shown as JSON.

import type { Json } from "../../wire/protocol.ts";
import { currentExecution } from "../../session/context.ts";
import { exceptionNode } from "../../session/exceptionNode.ts";
import type { Container } from "../container.ts";
import { markdown } from "./text.ts";
import { writeElement } from "./writeElement.ts";

export function write(target: Container, ...args: unknown[]): void {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) markdown(target, pending.join(" "));
    pending = [];
  };
  for (const arg of args) {
    if (typeof arg === "string" || typeof arg === "number" || typeof arg === "bigint" || typeof arg === "boolean") {
      pending.push(String(arg));
    } else if (arg instanceof Error) {
      flush();
      const exec = currentExecution("write");
      writeElement(target, "write", exceptionNode(arg, exec.session.script));
    } else {
      flush();
      writeElement(target, "write", { kind: "json", body: toJson(arg) });
    }
  }
  flush();
}

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
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) out[k] = toJson(v, seen);
    return out;
  } finally {
    seen.delete(value);
  }
}
