// The sessions of the open pages, each living in a worker of the pool, and the sockets they
// talk through. A socket that drops leaves its session waiting (for `disconnectedSessionTTL`
// seconds) for its page to come back with the session's token: the page then gets the whole
// page as it stands and sends again what the session did not receive. A failed load keeps the
// old script and tells every page why.

import { randomBytes } from "node:crypto";
import { WebSocket } from "ws";
import type { ServerMessage } from "@rivulet/runtime";
import type { RemoteSession, WorkerPool } from "../workers/WorkerPool.ts";
import type { TransportOptions } from "./options.ts";
import { RateLimit } from "./rateLimit.ts";
import { PAGE_GONE, type SocketRequest } from "./socketServer.ts";

export interface HubOptions extends TransportOptions {
  appName: string;
  pool: WorkerPool;
  /** Where what no page is told goes (the server's log). */
  log?: (text: string) => void;
}

export class SessionHub {
  readonly #options: HubOptions;
  readonly #byToken = new Map<string, HubSession>();
  /** Sessions whose page is away, the one that left first first: what a full server lets go. */
  readonly #waiting = new Set<HubSession>();
  /** Set while the server shuts down: why pages' messages are no longer taken. */
  readonly #closing = { reason: null as string | null };
  #error: string | undefined;

  constructor(options: HubOptions) {
    this.#options = options;
  }

  /** The last load failed and no newer script replaced it. */
  get failing(): boolean {
    return this.#error !== undefined;
  }

  /** Sessions open or waiting for their page. */
  get size(): number {
    return this.#byToken.size;
  }

  scriptLoaded(): void {
    this.#error = undefined;
  }

  setError(message: string): void {
    this.#error = message;
    for (const session of this.#byToken.values()) session.send({ type: "error", message });
  }

  /** A page connected: to the session it asks for, if it is still here, or to a new one. */
  /**
   * A file the page of session `token` uploaded (st.fileUploader): handed to the session, ahead
   * of the `setValue` that names it. False when no session has that token.
   */
  upload(token: string, file: { id: string; name: string; type: string; bytes: Uint8Array }): boolean {
    const session = this.#byToken.get(token);
    if (session === undefined) return false;
    session.upload(file);
    return true;
  }

  accept(socket: WebSocket, request: SocketRequest): void {
    if (this.#closing.reason !== null) {
      socket.send(JSON.stringify({ type: "error", message: `No new session: ${this.#closing.reason}.` } satisfies ServerMessage));
      socket.close(1001, "shutting down");
      return;
    }
    const known = request.resume === undefined ? undefined : this.#byToken.get(request.resume);
    if (known !== undefined) return known.attach(socket, { resumed: true });
    if (this.#byToken.size >= this.#options.limits.maxSessions && !this.#makeRoom()) {
      socket.send(JSON.stringify({ type: "error", message: `The server is full (${this.#options.limits.maxSessions} sessions): try again later.` } satisfies ServerMessage));
      socket.close(1013, "server full");
      return;
    }
    const session = new HubSession(this.#options, request, this.#closing, {
      waiting: (s, waits) => (waits ? this.#waiting.add(s) : this.#waiting.delete(s)),
      gone: (s) => {
        this.#byToken.delete(s.token);
        this.#waiting.delete(s);
      },
    });
    this.#byToken.set(session.token, session);
    session.attach(socket, { resumed: false, expired: request.resume !== undefined });
    if (this.#error !== undefined) session.send({ type: "error", message: this.#error });
  }

  /** Lets go of the session that has waited longest for its page; false when none waits. */
  #makeRoom(): boolean {
    const oldest = this.#waiting.values().next().value;
    if (oldest === undefined) return false;
    oldest.expire();
    return true;
  }

  /**
   * The server is shutting down: pages' messages are refused from now on (with `reason`), so the
   * runs in progress can finish before `close` ends every session.
   */
  drain(reason: string): void {
    this.#closing.reason = reason;
  }

  /** Ends every session, telling its page why (a server shutting down). */
  close(reason = "the server is shutting down"): void {
    for (const session of [...this.#byToken.values()]) session.end(reason);
  }
}

/** What a session tells its hub. */
interface HubHooks {
  /** Whether it now waits for its page to come back. */
  waiting(session: HubSession, waits: boolean): void;
  /** It ended: forget it. */
  gone(session: HubSession): void;
}

/** One session and the socket of its page, when it has one. */
class HubSession {
  readonly token = randomBytes(32).toString("base64url");
  readonly #options: HubOptions;
  readonly #remote: RemoteSession;
  readonly #rate: RateLimit;
  readonly #hub: HubHooks;
  /** The hub's: set while the server shuts down. */
  readonly #closing: { readonly reason: string | null };
  #socket: WebSocket | null = null;
  /** Messages received from its pages, over every socket it had. */
  #received = 0;
  /** After a resume, what the session sent before the whole page is stale for the page: dropped. */
  #awaitingPage = false;
  #expiry: ReturnType<typeof setTimeout> | null = null;
  #ended = false;

  constructor(options: HubOptions, request: SocketRequest, closing: { readonly reason: string | null }, hub: HubHooks) {
    this.#options = options;
    this.#closing = closing;
    this.#hub = hub;
    this.#rate = new RateLimit(options.limits.messagesPerSecond, options.limits.messagesPerSecond * 2);
    const openOptions = { queryString: request.query, maxPageValueBytes: options.limits.maxSessionValueBytes, context: request.context };
    // The pool ended it (its thread was lost with it) and told its page: a reconnect starts anew.
    this.#remote = options.pool.open(options.appName, (data) => this.#fromSession(data), openOptions, () => {
      this.#ended = true;
      this.#hub.gone(this);
    });
  }

  attach(socket: WebSocket, how: { resumed: boolean; expired?: boolean }): void {
    const previous = this.#socket;
    this.#socket = socket;
    // The page came back before the old socket was found dead: the old one goes.
    previous?.terminate();
    if (this.#expiry !== null) clearTimeout(this.#expiry);
    this.#expiry = null;
    this.#hub.waiting(this, false);
    this.send({
      type: "welcome",
      token: this.token,
      resumed: how.resumed,
      ...(how.expired ? { expired: true as const } : {}),
      received: this.#received,
      keepSeconds: this.#options.disconnectedSessionTTL,
      maxMessageBytes: this.#options.limits.maxMessageBytes,
      maxUploadBytes: this.#options.limits.maxUploadBytes,
    });
    if (how.resumed) {
      this.#awaitingPage = true;
      this.#remote.resync();
    }
    socket.on("message", (data, isBinary) => {
      if (this.#socket === socket) this.#fromPage(data, isBinary);
    });
    socket.on("close", (code) => {
      if (this.#socket !== socket) return;
      // A page that said it is gone will not come back: its session goes now.
      if (code === PAGE_GONE) this.expire();
      else this.#detached();
    });
  }

  send(message: ServerMessage): void {
    this.#toPage(JSON.stringify(message));
  }

  upload(file: { id: string; name: string; type: string; bytes: Uint8Array }): void {
    this.#remote.upload(file);
  }

  /** Ends the session now: its page is told why, and its socket closes. */
  end(reason: string): void {
    if (this.#ended) return;
    this.#ended = true;
    if (this.#expiry !== null) clearTimeout(this.#expiry);
    this.send({ type: "error", message: `This page's session has ended: ${reason}.` });
    this.#socket?.close(1001, "session ended");
    this.#socket = null;
    this.#remote.dispose();
    this.#hub.gone(this);
  }

  #fromPage(data: WebSocket.RawData, isBinary: boolean): void {
    this.#received++;
    if (isBinary) return this.send({ type: "error", message: "Binary messages are not accepted: send JSON text." });
    if (this.#closing.reason !== null) return this.send({ type: "error", message: `Not taken: ${this.#closing.reason}.` });
    if (!this.#rate.take()) {
      return this.send({
        type: "error",
        message: `Too many messages: a page may send ${this.#options.limits.messagesPerSecond} a second. This one was dropped.`,
      });
    }
    this.#remote.receive(data.toString());
  }

  #fromSession(json: string | Uint8Array): void {
    // Data frames are never stale: the page keeps what the whole page that follows names.
    if (this.#awaitingPage && typeof json === "string") {
      // The session answers a resync in order: what it sent before it was for a socket that was
      // gone, and the whole page replaces it. A session started again on another thread (its
      // thread was lost before it answered) says hello instead: its first run rewrites the page.
      // An error is never stale.
      if (json.startsWith('{"type":"page"') || json.startsWith('{"type":"hello"')) this.#awaitingPage = false;
      else if (!json.startsWith('{"type":"error"')) return;
    }
    this.#toPage(json);
  }

  #toPage(data: string | Uint8Array): void {
    if (this.#socket?.readyState === WebSocket.OPEN) this.#socket.send(data);
  }

  #detached(): void {
    this.#socket = null;
    if (this.#ended) return;
    const ttl = this.#options.disconnectedSessionTTL;
    if (ttl <= 0) return this.expire();
    this.#hub.waiting(this, true);
    this.#expiry = setTimeout(() => this.expire(), ttl * 1000);
    this.#expiry.unref();
  }

  /** Its page is not coming back (or a full server needs its place): the session goes, quietly. */
  expire(): void {
    this.#socket = null;
    if (this.#ended) return;
    this.#ended = true;
    if (this.#expiry !== null) clearTimeout(this.#expiry);
    this.#remote.dispose();
    this.#hub.gone(this);
  }
}
