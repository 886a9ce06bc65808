// st.write, as Streamlit's: strings are Markdown and other scalars inline code, neighbours
// joined by spaces into one Markdown element; errors are exception elements; functions and
// classes are what st.help shows of them; data (an Arrow table, anything with toArrow(), an
// array of objects) is a dataframe; other objects, arrays, maps and sets are JSON.

import { toJson } from "../wire/toJson.ts";
import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { currentExecution } from "../session/context.ts";
import { exceptionNode } from "../session/exceptionNode.ts";
import { containerOf } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { defineApi } from "./define.ts";
import { writeMarkdown } from "./markdown.ts";
import { help } from "./docString.ts";
import { dataframe } from "./dataframe.ts";
import { isPlainObject } from "../api/data/plainObject.ts";

export function write(this: unknown, ...args: unknown[]): void {
  const target = containerOf(this);
  const place = target.place(currentExecution("write"));
  if (args.length > 1 && (place.at !== undefined || place.block.spec.block === "empty")) {
    throw new RivuletAPIError("write_replaces_one");
  }
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) writeMarkdown(target, "write", pending.join(" "));
    pending = [];
  };
  for (const arg of args) {
    if (typeof arg === "string") {
      pending.push(arg);
    } else if (isScalar(arg)) {
      pending.push(inlineCode(arg instanceof Date ? arg.toISOString() : String(arg)));
    } else if (typeof arg === "function") {
      flush();
      help.call(target, arg);
    } else if (arg instanceof Error) {
      flush();
      const exec = currentExecution("write");
      writeElement(target, "write", exceptionNode(arg, exec.session.script));
    } else if (isData(arg)) {
      flush();
      dataframe.call(target, arg as never);
    } else {
      flush();
      writeElement(target, "write", { kind: "json", body: toJson(arg) });
    }
  }
  flush();
}

/** What Streamlit writes as a dataframe: a table (Arrow, or anything with toArrow()), or rows of records. */
function isData(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (typeof (value as { toArrow?: unknown }).toArrow === "function") return true;
  if ("schema" in value && "batches" in value && "numRows" in value) return true;
  return Array.isArray(value) && value.length > 0 && value.every(isPlainObject);
}

function isScalar(value: unknown): boolean {
  return (typeof value !== "object" && typeof value !== "function") || value === null || value instanceof Date;
}

/** `text` as Markdown inline code (a fenced block when it spans lines), fenced past its own backticks. */
function inlineCode(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  if (text.includes("\n")) {
    const block = "`".repeat(Math.max(3, longestRun + 1));
    return `\n${block}\n${text}\n${block}\n`;
  }
  return text.startsWith("`") || text.endsWith("`") ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

export default defineApi({
  api: { write },
  containerMethods: true,
  writesData: true,
  section: "Text",
  docs: [{ example: "st.write(\"Total:\", 42, { region: \"EU\" });", calls: ["st.write(...values)"], streamlit: ["st.write"], notes: "strings as Markdown, other scalars as inline code, errors as exceptions, functions and classes as `st.help`, Arrow tables and arrays of objects as `st.dataframe`, other objects as JSON" }],
});
