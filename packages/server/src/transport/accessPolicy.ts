// Who may open a session socket. A browser sends `Origin` on every WebSocket it opens, and a
// page on another site could otherwise drive a running app from its visitors' browsers (read
// what the app shows, click its buttons): only the app's own origin, and origins the operator
// allows for embedding, get a session. The `Host` check defeats DNS rebinding (a hostile name
// that resolves to 127.0.0.1 makes the page same-origin with itself): localhost names and IP
// addresses always pass, other names only when allowed, as Vite's own `server.allowedHosts`.

import { isIP } from "node:net";

export interface AccessPolicy {
  /** Host names the socket answers besides localhost names and IP addresses; `true` for any. */
  allowedHosts: true | readonly string[];
  /** Origins other than the app's own whose pages may open a session; `"*"` for any. */
  allowedOrigins: "*" | readonly string[];
}

/** Why a socket upgrade with these headers is refused, or null when it may go on. */
export function accessRefusal(policy: AccessPolicy, headers: { host?: string | undefined; origin?: string | undefined }): string | null {
  const { host, origin } = headers;
  if (policy.allowedHosts !== true && !hostAllowed(host, policy.allowedHosts)) {
    return `This host (${JSON.stringify(hostnameOf(host ?? ""))}) is not allowed. Add it to the allowed hosts to serve it.`;
  }
  // No Origin: not a browser (a browser always sends one with a WebSocket), so no visitor's
  // browser is being used against the app.
  if (origin === undefined || policy.allowedOrigins === "*") return null;
  if (host !== undefined && sameHost(origin, host)) return null;
  if (policy.allowedOrigins.some((allowed) => normalizeOrigin(allowed) === normalizeOrigin(origin))) return null;
  return `A page from ${JSON.stringify(origin)} may not open a session of this app: only the app's own pages and allowed origins may.`;
}

/** Vite's host check (host-validation-middleware): IP literals and localhost names always pass. */
export function hostAllowed(hostHeader: string | undefined, allowedHosts: readonly string[]): boolean {
  if (hostHeader === undefined) return true;
  const trimmed = hostHeader.trim();
  if (trimmed.startsWith("[")) {
    const end = trimmed.indexOf("]");
    return end > 0 && isIP(trimmed.slice(1, end)) === 6;
  }
  const hostname = hostnameOf(trimmed);
  if (isIP(hostname) === 4) return true;
  if (hostname === "localhost" || hostname.endsWith(".localhost")) return true;
  return allowedHosts.some((allowed) =>
    allowed.startsWith(".") ? hostname === allowed.slice(1) || hostname.endsWith(allowed) : allowed === hostname,
  );
}

function hostnameOf(host: string): string {
  const colon = host.indexOf(":");
  return (colon === -1 ? host : host.slice(0, colon)).toLowerCase();
}

/** Whether the page's origin names the host the request was sent to (the app's own pages). */
function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === new URL(`http://${host}`).host;
  } catch {
    return false;
  }
}

function normalizeOrigin(origin: string): string {
  try {
    return new URL(origin).origin;
  } catch {
    return origin;
  }
}
