// Values that arrive from the page, measured without recursion (errors/describeValue.ts names
// them in messages): a value nested 100,000 levels deep or 100 MB long must get a short, clear
// refusal, never a stack overflow or an error message that echoes it whole.

import type { Json } from "./protocol.ts";

/** No widget takes a value nested deeper than this (a date range is 2 deep, a multiselect 2). */
export const MAX_VALUE_DEPTH = 32;

/**
 * About how many bytes `value` takes as JSON (what a session holds for it), or null when it is
 * nested deeper than MAX_VALUE_DEPTH.
 */
export function measureValue(value: Json): number | null {
  let bytes = 0;
  const stack: { value: Json; depth: number }[] = [{ value, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value: v, depth } = item;
    if (v === null || typeof v !== "object") {
      bytes += typeof v === "string" ? v.length + 2 : 8;
      continue;
    }
    if (depth >= MAX_VALUE_DEPTH) return null;
    bytes += 2;
    if (Array.isArray(v)) {
      for (const element of v) stack.push({ value: element, depth: depth + 1 });
    } else {
      for (const key in v) {
        bytes += key.length + 4;
        stack.push({ value: v[key]!, depth: depth + 1 });
      }
    }
  }
  return bytes;
}

