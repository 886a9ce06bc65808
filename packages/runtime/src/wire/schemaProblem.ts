// A node against its schema (the element registry's, or a block's), in words: what the page
// says of a node it cannot show, and what an st function says of an option of the wrong type.

import * as v from "valibot";

/** The first way `raw` misses the registry's schema, in words (`slider.value should be number`), or null. */
export function schemaProblem(schema: v.GenericSchema, raw: Record<string, unknown>, what: string): string | null {
  const result = v.safeParse(schema, raw);
  if (result.success) return null;
  const issue = result.issues[0];
  const last = issue.path?.at(-1);
  // A missing field: the issue names the key; what the field takes is its own schema's.
  const field = last?.origin === "key" ? (schema as { entries?: Record<string, v.GenericSchema> }).entries?.[String(last.key)] : undefined;
  const expected = (field?.expects ?? issue.expected ?? "valid").replace(/["()]/g, "");
  return `${what}.${v.getDotPath(issue) ?? "?"} should be ${expected}`;
}
