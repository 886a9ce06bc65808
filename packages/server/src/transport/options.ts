// What a host facing the internet must decide about its session sockets, with defaults that
// are safe on a public network: same-origin pages only, localhost names and IPs, bounded
// messages, rates and memory, and a dropped session kept as long as Streamlit keeps one.

import type { AccessPolicy } from "./accessPolicy.ts";

export interface Limits {
  /** The largest message a page may send, in bytes; a larger frame closes its socket. */
  maxMessageBytes: number;
  /** Messages a page may send per second, on average; a burst of twice as many passes. */
  messagesPerSecond: number;
  /** What the widget values a page sent may take in all, per session, in bytes. */
  maxSessionValueBytes: number;
  /**
   * Sessions the server holds at once, live or waiting for their page. A new page past it takes
   * the place of the session that has waited longest; when none waits, it is refused.
   */
  maxSessions: number;
  /** The largest file a page may upload (st.fileUploader), in bytes: 200 MB, as Streamlit's `server.maxUploadSize`. */
  maxUploadBytes: number;
}

export interface TransportOptions extends AccessPolicy {
  /** Seconds a session whose socket dropped is kept for its page to come back (Streamlit's `disconnectedSessionTTL`). */
  disconnectedSessionTTL: number;
  limits: Limits;
}

export const DEFAULT_LIMITS: Limits = {
  maxMessageBytes: 2 * 1024 * 1024,
  messagesPerSecond: 100,
  maxSessionValueBytes: 16 * 1024 * 1024,
  maxSessions: 10_000,
  maxUploadBytes: 200 * 1024 * 1024,
};

export const DEFAULT_TRANSPORT: TransportOptions = {
  allowedHosts: [],
  allowedOrigins: [],
  disconnectedSessionTTL: 120,
  limits: DEFAULT_LIMITS,
};

/** The options a host was given, with every one it left out at its default. */
export function resolveTransport(options: Partial<Omit<TransportOptions, "limits">> & { limits?: Partial<Limits> } = {}): TransportOptions {
  return {
    allowedHosts: options.allowedHosts ?? DEFAULT_TRANSPORT.allowedHosts,
    allowedOrigins: options.allowedOrigins ?? DEFAULT_TRANSPORT.allowedOrigins,
    disconnectedSessionTTL: options.disconnectedSessionTTL ?? DEFAULT_TRANSPORT.disconnectedSessionTTL,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
  };
}
