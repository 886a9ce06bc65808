// What the page says of itself when it connects, for st.context: its URL, time zone, locale,
// theme and whether it is in a frame. Sent in a subprotocol (`rivulet-context.<base64url JSON>`,
// server/transport/pageContext.ts): a browser sets no headers on a WebSocket, and the session's
// first run starts as the socket opens.

export const CONTEXT_PREFIX = "rivulet-context.";

/** The page's URL path below the app's: what follows the last "/" ("orders" in /apps/demo/orders). */
export function pagePath(): string {
  const segment = location.pathname.slice(location.pathname.lastIndexOf("/") + 1);
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed escape (/%E0): the path as it is, which no page has.
    return segment;
  }
}

export function contextProtocol(): string {
  const said = {
    url: location.href,
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    timezoneOffset: new Date().getTimezoneOffset(),
    locale: navigator.language,
    theme: matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light",
    isEmbedded: window.parent !== window,
    // Which page of a multipage app it asks for: its URL's last segment, below the app's folder.
    pagePath: pagePath(),
  };
  const bytes = new TextEncoder().encode(JSON.stringify(said));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return CONTEXT_PREFIX + btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
