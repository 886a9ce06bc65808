// The page's one WebSocket to its session: parses what arrives, sends widget events, and
// reconnects with backoff when the socket drops. Reconnecting, it presents its session's token
// and comes back to the same session (its state, its widgets, its queued events), then sends
// again what the session had not received; when the server no longer has it, a new session
// starts and the page is told. No runes here: status goes out by callback.
import { parseServerMessage } from "./wire.ts";
import type { ClientMessage, ServerMessage, WelcomeMessage } from "./wire.ts";
import { contextProtocol } from "./pageContext.ts";
import { uploadFile, type Uploaded } from "./media/upload.ts";

export type ConnectionStatus = "connecting" | "open" | "reconnecting";

export interface ConnectionHandlers {
  message(message: ServerMessage): void;
  /** A binary frame: data that nodes name (runtime/src/wire/binaryFrame.ts). */
  data(frame: ArrayBuffer): void;
  status(status: ConnectionStatus): void;
  /**
   * The server started a new session for this page: the first one, or one in place of a session
   * the server no longer had (`replaced`: it restarted, or the page was away too long).
   */
  newSession(replaced: boolean): void;
  /** Something the page could not send, in words for the user. */
  refused(reason: string): void;
}

/**
 * What carries a page's messages to its session and back: this file's WebSocket `Connection`,
 * or another host's (the playground's, to a session in a Web Worker). It reports through
 * `ConnectionHandlers`, and sends nothing before its session has welcomed it.
 */
export interface Transport {
  open(): void;
  /** Gone for good: the session need not wait for this page to come back. */
  close(): void;
  /** Sends `message` if it can; returns whether it went out. */
  send(message: ClientMessage): boolean;
  /** Hands `file` to the session's host as `name` (st.fileUploader, st.cameraInput, st.audioInput): resolves once the session has it, with its id. */
  upload(file: Blob, name: string, progress?: (sent: number) => void): Promise<Uploaded>;
  /** The largest file the host takes (st.fileUploader). */
  readonly maxUploadBytes: number;
}

type Place = Pick<Location, "protocol" | "host" | "pathname" | "href">;

/** The subprotocol the server speaks, and the one that carries a session's token (server/transport/socketServer.ts). */
export const PROTOCOL = "rivulet";
export const RESUME_PREFIX = "rivulet-resume.";
/** The close code that tells the server the page is gone for good (PAGE_GONE there). */
export const PAGE_GONE = 4001;
/** How many sent messages the page keeps to send again after a reconnect. */
const RESEND_WINDOW = 64;

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

export class Connection implements Transport {
  #socket: WebSocket | null = null;
  #attempt = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #closed = false;
  /** The server welcomed this socket: until then nothing is sent (it would be counted twice). */
  #welcomed = false;
  /** The session this page has, once the server welcomed it. */
  #token: string | null = null;
  #maxMessageBytes = Infinity;
  /** Messages sent in this session, and the last of them, to send again what a drop lost. */
  #sent = 0;
  #recent: { seq: number; data: string }[] = [];

  constructor(
    /** Where to connect; a function is asked again on every reconnect (the page URL may have changed). */
    private readonly url: string | (() => string),
    private readonly on: ConnectionHandlers,
  ) {}

  /** The largest file the server takes (st.fileUploader), as its welcome said. */
  get maxUploadBytes(): number {
    return this.#maxUploadBytes;
  }

  #maxUploadBytes = 200 * 1024 * 1024;

  /** Over HTTP, beside the socket, with the session's token (none before the server has welcomed the page). */
  upload(file: Blob, name: string, progress?: (sent: number) => void): Promise<Uploaded> {
    return uploadFile(this.#token === null ? null : `_rivulet/upload/${this.#token}`, file, name, progress);
  }

  open(): void {
    this.#closed = false;
    this.on.status(this.#token === null ? "connecting" : "reconnecting");
    const protocols = [PROTOCOL, contextProtocol(), ...(this.#token === null ? [] : [RESUME_PREFIX + this.#token])];
    const socket = new WebSocket(typeof this.url === "string" ? this.url : this.url(), protocols);
    this.#socket = socket;
    this.#welcomed = false;
    socket.binaryType = "arraybuffer";
    socket.onopen = () => {
      this.#attempt = 0;
    };
    socket.onmessage = (event) => {
      if (event.data instanceof ArrayBuffer) return this.on.data(event.data);
      const parsed = parseServerMessage(event.data);
      if (!parsed.ok) {
        console.warn(`[rivulet] ignored a malformed message from the server: ${parsed.error}`, event.data);
        return;
      }
      for (const problem of parsed.problems) console.warn(`[rivulet] ${problem}`);
      if (parsed.message.type === "welcome") return this.#welcome(socket, parsed.message);
      this.on.message(parsed.message);
    };
    // An error is always followed by close; reconnecting happens there.
    socket.onclose = () => {
      if (this.#socket !== socket) return;
      this.#socket = null;
      if (this.#closed) return;
      this.on.status(this.#token === null ? "connecting" : "reconnecting");
      this.#timer = setTimeout(() => this.open(), backoff(this.#attempt++));
    };
  }

  /** Sends `message` if the socket is open; returns whether it went out. */
  send(message: ClientMessage): boolean {
    if (this.#socket?.readyState !== WebSocket.OPEN || !this.#welcomed) {
      console.warn("[rivulet] not connected; dropped", message);
      return false;
    }
    const data = JSON.stringify(message);
    // UTF-8 takes at most 3 bytes per UTF-16 unit: measure only what could be too large.
    const bytes = data.length * 3 > this.#maxMessageBytes ? new TextEncoder().encode(data).length : data.length;
    if (bytes > this.#maxMessageBytes) {
      this.on.refused(`This value is too large to send: ${megabytes(bytes)}, and the app accepts at most ${megabytes(this.#maxMessageBytes)}.`);
      return false;
    }
    this.#socket.send(data);
    this.#recent.push({ seq: this.#sent++, data });
    if (this.#recent.length > RESEND_WINDOW) this.#recent.shift();
    return true;
  }

  /** Closes the socket for good: the server lets the session go at once instead of keeping it for a return. */
  close(): void {
    this.#closed = true;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#socket?.close(PAGE_GONE, "page gone");
    this.#socket = null;
    // Opened again (a page back from the back-forward cache), it asks for a new session.
    this.#token = null;
  }

  #welcome(socket: WebSocket, welcome: WelcomeMessage): void {
    const replaced = this.#token !== null && !welcome.resumed;
    this.#token = welcome.token;
    if (welcome.maxUploadBytes !== undefined) this.#maxUploadBytes = welcome.maxUploadBytes;
    this.#maxMessageBytes = welcome.maxMessageBytes;
    this.#welcomed = true;
    if (welcome.resumed) {
      // What the session never received (lost with the old socket) goes again, in order.
      const missing = this.#recent.filter((m) => m.seq >= welcome.received);
      if ((missing[0]?.seq ?? this.#sent) > welcome.received) this.on.refused("Some of what you did while the connection was down was lost.");
      for (const { data } of missing) socket.send(data);
    } else {
      this.#sent = 0;
      this.#recent = [];
      this.on.newSession(replaced || welcome.expired === true);
    }
    this.on.status("open");
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
