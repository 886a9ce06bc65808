// st.context's page context, from the request that opens a session socket: its headers and
// cookies, the client's address, and what the page says of itself in the `rivulet-context.`
// subprotocol (base64url JSON: its URL, time zone, locale, theme, embedding; a browser cannot set
// headers on a WebSocket, and the first run starts before the page could send a message). What
// the page says is checked field by field (the runtime's pageSaid): anything else is left unknown.

import type { IncomingMessage } from "node:http";
import { pageSaid, type PageContext } from "@rivulet/runtime";

export const CONTEXT_PREFIX = "rivulet-context.";

export function pageContextOf(request: IncomingMessage): PageContext {
  return {
    headers: headersOf(request),
    cookies: cookiesOf(request.headers.cookie),
    ipAddress: ipOf(request.socket.remoteAddress),
    ...pageSaid(saidByPage(request.headers["sec-websocket-protocol"])),
  };
}

function saidByPage(header: string | string[] | undefined): unknown {
  if (typeof header !== "string") return {};
  const entry = header.split(",").map((p) => p.trim()).find((p) => p.startsWith(CONTEXT_PREFIX));
  if (entry === undefined) return {};
  try {
    return JSON.parse(Buffer.from(entry.slice(CONTEXT_PREFIX.length), "base64url").toString("utf8"));
  } catch {
    return {};
  }
}

/** The client's address; null on this machine (localhost), as Streamlit's st.context.ip_address. */
function ipOf(address: string | undefined): string | null {
  if (address === undefined || address === "::1" || /^(::ffff:)?127\./.test(address)) return null;
  return address;
}

function headersOf(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headersDistinct)) {
    // What the socket's own handshake carries is ours, not the page's.
    if (name.startsWith("sec-websocket-") || value === undefined) continue;
    headers[name] = value.join(", ");
  }
  return headers;
}

function cookiesOf(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const pair of (header ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at <= 0) continue;
    const name = pair.slice(0, at).trim();
    const raw = pair.slice(at + 1).trim().replace(/^"(.*)"$/, "$1");
    try {
      cookies[name] = decodeURIComponent(raw);
    } catch {
      cookies[name] = raw;
    }
  }
  return cookies;
}

