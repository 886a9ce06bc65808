// A session socket opened from Node, as a page would open it (or as an attacker would, with
// whatever headers it likes), collecting what the server sends.
import WebSocket from "ws";
import type { ClientMessage, ServerMessage } from "@rivulet/runtime";

export interface SocketClient {
  readonly socket: WebSocket;
  /** Every message received so far, in order. */
  readonly messages: ServerMessage[];
  /** The first message of `type` at or after `from` (an index into `messages`), waiting for it if needed. */
  next<T extends ServerMessage["type"]>(type: T, from?: number): Promise<Extract<ServerMessage, { type: T }>>;
  send(message: ClientMessage | string): void;
  close(): Promise<void>;
  /** Resolves with the close code once the socket is closed. */
  readonly closed: Promise<number>;
}

export interface SocketClientOptions {
  headers?: Record<string, string>;
  /** Subprotocols: a resume token goes as `rivulet-resume.<token>`. */
  protocols?: string[];
  maxPayload?: number;
}

/** Opens the socket; rejects when the server refuses the upgrade (with its status and body). */
export function openSocket(url: string, options: SocketClientOptions = {}): Promise<SocketClient> {
  const socket = new WebSocket(url, options.protocols ?? ["rivulet"], { headers: options.headers, maxPayload: options.maxPayload ?? 2 ** 31 });
  const messages: ServerMessage[] = [];
  const waiters: (() => void)[] = [];
  socket.on("message", (data) => {
    messages.push(JSON.parse(data.toString()) as ServerMessage);
    for (const wake of waiters.splice(0)) wake();
  });
  const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
  const client: SocketClient = {
    socket,
    messages,
    async next(type, from = 0) {
      for (;;) {
        const found = messages.slice(from).find((m) => m.type === type);
        if (found) return found as Extract<ServerMessage, { type: typeof type }>;
        if (socket.readyState === WebSocket.CLOSED) throw new Error(`socket closed before a ${type} message; got ${messages.map((m) => m.type).join(", ")}`);
        await new Promise<void>((wake) => {
          waiters.push(wake);
          void closed.then(() => wake());
        });
      }
    },
    send(message) {
      socket.send(typeof message === "string" ? message : JSON.stringify(message));
    },
    async close() {
      if (socket.readyState !== WebSocket.CLOSED) {
        socket.close();
        await closed;
      }
    },
    closed,
  };
  return new Promise((resolve, reject) => {
    socket.once("open", () => resolve(client));
    socket.once("unexpected-response", (_request, response) => {
      let body = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      response.on("end", () => reject(Object.assign(new Error(`refused: ${response.statusCode} ${body.trim()}`), { status: response.statusCode, body })));
    });
    socket.once("error", reject);
  });
}

/** `http://host:port/` → `ws://host:port/_rivulet/ws` */
export function socketUrlOf(pageUrl: string): string {
  const url = new URL("_rivulet/ws", pageUrl);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  return url.href;
}
