import type { IncomingMessage, Server } from "node:http";
import type { Http2SecureServer } from "node:http2";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";

/**
 * Accepts WebSocket upgrades for one path on a server it shares with others. Vite's HMR
 * socket listens on the same server, so ws must never be handed the server itself
 * (`{ server, path }` answers every upgrade and corrupts Vite's socket): we take only our path
 * and leave every other upgrade alone. Returns a function that detaches and closes.
 */
export function attachSocketServer(
  httpServer: Server | Http2SecureServer,
  path: string,
  /** `query`: the upgrade URL's query string without "?" (the page puts its own URL's query there). */
  onConnection: (socket: WebSocket, query: string) => void,
): () => void {
  const wss = new WebSocketServer({ noServer: true });
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (pathnameOf(request) !== path) return;
    wss.handleUpgrade(request, socket, head, (ws) => onConnection(ws, queryOf(request)));
  };
  httpServer.on("upgrade", onUpgrade);
  return () => {
    httpServer.off("upgrade", onUpgrade);
    for (const client of wss.clients) client.terminate();
    wss.close();
  };
}

function queryOf(request: IncomingMessage): string {
  return new URL(request.url ?? "/", "http://localhost").search.slice(1);
}

function pathnameOf(request: IncomingMessage): string {
  return new URL(request.url ?? "/", "http://localhost").pathname;
}
