// The shape of a `submit` message (a form's submit button clicked, with the form's values).
// Whether the values fit their widgets is the session's to check (session/formSubmit.ts).

import type { ClientMessage, FormValue, Json } from "./protocol.ts";

export function parseSubmit(message: Record<string, unknown>): ClientMessage | string {
  if (typeof message.id !== "string") return `Malformed "submit" message: "id" must be a string.`;
  if (!Array.isArray(message.values)) return `Malformed "submit" message: "values" must be a list.`;
  const values: FormValue[] = [];
  for (const [i, entry] of message.values.entries()) {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      return `Malformed "submit" message: values[${i}] must be an object.`;
    }
    const { id, value } = entry as Record<string, unknown>;
    if (typeof id !== "string") return `Malformed "submit" message: values[${i}].id must be a string.`;
    if (value === undefined) return `Malformed "submit" message: values[${i}].value is missing.`;
    values.push({ id, value: value as Json });
  }
  return { type: "submit", id: message.id, values };
}
