// What the page says of itself when it connects, for st.context: its URL, time zone, locale,
// theme, whether it is in a frame, and which page of a multipage app it asks for. The server's
// socket carries it in a subprotocol (`rivulet-context.<base64url JSON>`,
// server/transport/pageContext.ts): a browser sets no headers on a WebSocket, and the session's
// first run starts as the socket opens. (The playground's worker is sent it in a message.)

import { pagePath } from "./pageRoutes.ts";

export const CONTEXT_PREFIX = "rivulet-context.";

/** What the page says of itself (the runtime's pageSaid checks it). */
export function pageSays(): Record<string, unknown> {
  return {
    url: location.href,
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    timezoneOffset: new Date().getTimezoneOffset(),
    locale: navigator.language,
    theme: matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light",
    isEmbedded: window.parent !== window,
    pagePath: pagePath(),
  };
}

export function contextProtocol(): string {
  const bytes = new TextEncoder().encode(JSON.stringify(pageSays()));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return CONTEXT_PREFIX + btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
