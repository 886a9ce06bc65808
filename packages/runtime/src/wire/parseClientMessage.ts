// Checks a message from the page before anything acts on it. Returns the message, or why it
// was rejected.

import type { ClientMessage, Json } from "./protocol.ts";
import { parseSubmit } from "./parseSubmit.ts";

export function parseClientMessage(raw: string): ClientMessage | string {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return `Malformed message (not JSON): ${preview(raw)}`;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return `Malformed message (not an object): ${preview(raw)}`;
  }
  const message = data as Record<string, unknown>;
  switch (message.type) {
    case "rerun":
      return { type: "rerun" };
    case "stop":
      return { type: "stop" };
    case "trigger":
      if (typeof message.id !== "string") return `Malformed "trigger" message: "id" must be a string.`;
      return "value" in message ? { type: "trigger", id: message.id, value: message.value as Json } : { type: "trigger", id: message.id };
    case "setValue":
      if (typeof message.id !== "string") return `Malformed "setValue" message: "id" must be a string.`;
      if (!("value" in message)) return `Malformed "setValue" message: "value" is missing.`;
      return { type: "setValue", id: message.id, value: message.value as Json };
    case "submit":
      return parseSubmit(message);
    case "dismiss":
      if (typeof message.id !== "string") return `Malformed "dismiss" message: "id" must be a string.`;
      return { type: "dismiss", id: message.id };
    case "queryParams":
      if (typeof message.query !== "string") return `Malformed "queryParams" message: "query" must be a string.`;
      return { type: "queryParams", query: message.query };
    case "navigate":
      if (typeof message.page !== "string" || message.page.length > 512) return `Malformed "navigate" message: "page" must be a URL path.`;
      return { type: "navigate", page: message.page };
    default:
      return `Unknown message type ${JSON.stringify(message.type)}.`;
  }
}

function preview(raw: string): string {
  return raw.length > 80 ? `${raw.slice(0, 80)}…` : raw;
}
