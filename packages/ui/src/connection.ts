// The page's one WebSocket to its session: parses what arrives, sends widget events, and
// reconnects with backoff when the socket drops. No runes here: status goes out by callback.
import { parseServerMessage } from "./parse.ts";
import type { ClientMessage, ServerMessage } from "./wire.ts";

export type ConnectionStatus = "connecting" | "open";

export interface ConnectionHandlers {
  message(message: ServerMessage): void;
  status(status: ConnectionStatus): void;
}

type Place = Pick<Location, "protocol" | "host" | "pathname" | "href">;

/**
 * `ws(s)://<host><directory of the page>_rivulet/ws`, so the page works under any path:
 * `/` talks to `/_rivulet/ws`, `/apps/demo/` to `/apps/demo/_rivulet/ws`. An override
 * (`window.__RIVULET_WS__`) may be absolute or relative to the page; http(s) becomes ws(s).
 */
export function socketUrl(place: Place, override?: string): string {
  if (override) {
    const url = new URL(override, place.href);
    if (url.protocol === "http:") url.protocol = "ws:";
    if (url.protocol === "https:") url.protocol = "wss:";
    return url.href;
  }
  const scheme = place.protocol === "https:" ? "wss:" : "ws:";
  const directory = place.pathname.slice(0, place.pathname.lastIndexOf("/") + 1) || "/";
  return `${scheme}//${place.host}${directory}_rivulet/ws`;
}

/** Milliseconds to wait before reconnect attempt `attempt` (0-based): 250 ms doubling to 5 s. */
export function backoff(attempt: number): number {
  return Math.min(250 * 2 ** attempt, 5000);
}

export class Connection {
  #socket: WebSocket | null = null;
  #attempt = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #closed = false;

  constructor(
    /** Where to connect; a function is asked again on every reconnect (the page URL may have changed). */
    private readonly url: string | (() => string),
    private readonly on: ConnectionHandlers,
  ) {}

  open(): void {
    this.#closed = false;
    this.on.status("connecting");
    const socket = new WebSocket(typeof this.url === "string" ? this.url : this.url());
    this.#socket = socket;
    socket.onopen = () => {
      this.#attempt = 0;
      this.on.status("open");
    };
    socket.onmessage = (event) => {
      const parsed = parseServerMessage(event.data);
      if (!parsed.ok) {
        console.warn(`[rivulet] ignored a malformed message from the server: ${parsed.error}`, event.data);
        return;
      }
      for (const problem of parsed.problems) console.warn(`[rivulet] ${problem}`);
      this.on.message(parsed.message);
    };
    // An error is always followed by close; reconnecting happens there.
    socket.onclose = () => {
      if (this.#socket !== socket) return;
      this.#socket = null;
      if (this.#closed) return;
      this.on.status("connecting");
      this.#timer = setTimeout(() => this.open(), backoff(this.#attempt++));
    };
  }

  /** Sends `message` if the socket is open; returns whether it went out. */
  send(message: ClientMessage): boolean {
    if (this.#socket?.readyState !== WebSocket.OPEN) {
      console.warn("[rivulet] not connected; dropped", message);
      return false;
    }
    this.#socket.send(JSON.stringify(message));
    return true;
  }

  close(): void {
    this.#closed = true;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#socket?.close();
    this.#socket = null;
  }
}
