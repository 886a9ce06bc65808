// Accepts session sockets for one path on an HTTP server it may share with others. Vite's HMR
// socket listens on the same server, so ws is never handed the server itself (`{ server, path }`
// answers every upgrade and corrupts Vite's socket): we take only our path and leave every
// other upgrade alone. Before any session exists, the upgrade must pass the access policy, and
// every frame is bounded in size; a socket that stops answering pings is dropped, so its
// session starts waiting for its page to come back.

import type { IncomingMessage, Server } from "node:http";
import type { Http2SecureServer } from "node:http2";
import type { Server as HttpsServer } from "node:https";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { accessRefusal, type AccessPolicy } from "./accessPolicy.ts";
import type { PageContext } from "@rivulet/runtime";
import { pageContextOf } from "./pageContext.ts";

/** The subprotocol our pages speak, and the prefix of the one that carries a resume token. */
export const PROTOCOL = "rivulet";
export const RESUME_PREFIX = "rivulet-resume.";
/** The close code a page sends when it goes away for good (closed, reloaded): no need to keep its session. */
export const PAGE_GONE = 4001;

export interface SocketRequest {
  /** The upgrade URL's query string without "?" (the page puts its own URL's query there). */
  query: string;
  /** The token of the session the page asks to come back to, if any. */
  resume: string | undefined;
  /** What st.context tells of the page: its request's headers and cookies, and what it said of itself. */
  context: PageContext;
}

export interface SocketServerOptions {
  path: string;
  policy: AccessPolicy;
  maxMessageBytes: number;
  /** How often an idle socket is pinged; one that missed the last ping is dropped. */
  heartbeatMs?: number;
  /** Where refusals are reported (the server's log). */
  log?: (text: string) => void;
}

export function attachSocketServer(
  httpServer: Server | HttpsServer | Http2SecureServer,
  options: SocketServerOptions,
  onConnection: (socket: WebSocket, request: SocketRequest) => void,
): () => void {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes,
    handleProtocols: (protocols) => (protocols.has(PROTOCOL) ? PROTOCOL : false),
  });
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (pathnameOf(request) !== options.path) return;
    const refusal = accessRefusal(options.policy, { host: request.headers.host, origin: request.headers.origin });
    if (refusal !== null) {
      options.log?.(`[rivulet] refused a session socket: ${refusal}`);
      return refuse(socket, refusal);
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      // A protocol error (a bad frame, one over the size limit) closes the socket and "close"
      // follows; with no listener ws would throw it and stop the server, whatever else holds it.
      ws.on("error", (error) => options.log?.(`[rivulet] a session socket failed: ${error.message}`));
      alive.add(ws);
      ws.on("pong", () => alive.add(ws));
      onConnection(ws, { query: queryOf(request), resume: resumeTokenOf(request), context: pageContextOf(request) });
    });
  };
  httpServer.on("upgrade", onUpgrade);

  // Pings find sockets whose network is gone (no close ever arrives for them).
  const alive = new WeakSet<WebSocket>();
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, options.heartbeatMs ?? 30_000);
  heartbeat.unref();

  return () => {
    clearInterval(heartbeat);
    httpServer.off("upgrade", onUpgrade);
    for (const client of wss.clients) client.terminate();
    wss.close();
  };
}

function refuse(socket: Duplex, reason: string): void {
  const body = `${reason}\n`;
  socket.end(
    `HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function resumeTokenOf(request: IncomingMessage): string | undefined {
  const header = request.headers["sec-websocket-protocol"];
  if (typeof header !== "string") return undefined;
  const entry = header.split(",").map((p) => p.trim()).find((p) => p.startsWith(RESUME_PREFIX));
  return entry?.slice(RESUME_PREFIX.length) || undefined;
}

function urlOf(request: IncomingMessage): URL | null {
  try {
    return new URL(request.url ?? "/", "http://localhost");
  } catch {
    return null;
  }
}

function queryOf(request: IncomingMessage): string {
  return urlOf(request)?.search.slice(1) ?? "";
}

function pathnameOf(request: IncomingMessage): string | null {
  return urlOf(request)?.pathname ?? null;
}
