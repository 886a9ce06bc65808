import type { RemoteSession, WorkerPool } from "@rivulet/server";
import type { ServerMessage } from "@rivulet/runtime/protocol";
import { WebSocket } from "ws";

/**
 * The open connections and their sessions, one per WebSocket, each living in a session worker
 * of the pool (which holds the current script: a hot reload reruns every session there, with
 * its state kept). A failed load keeps the old script and tells every page why.
 */
export class SessionHub {
  readonly #appName: string;
  readonly #pool: WorkerPool;
  readonly #connections = new Set<Connection>();
  #error: string | undefined;

  constructor(appName: string, pool: WorkerPool) {
    this.#appName = appName;
    this.#pool = pool;
  }

  /** The last load failed and no newer script replaced it. */
  get failing(): boolean {
    return this.#error !== undefined;
  }

  scriptLoaded(): void {
    this.#error = undefined;
  }

  setError(message: string): void {
    this.#error = message;
    for (const connection of this.#connections) connection.send({ type: "error", message });
  }

  /** `query`: the page URL's query string, which `st.queryParams` starts from. */
  connect(socket: WebSocket, query = ""): void {
    const connection = new Connection(socket, this.#pool, this.#appName, query);
    this.#connections.add(connection);
    socket.on("close", () => {
      this.#connections.delete(connection);
      connection.dispose();
    });
    if (this.#error !== undefined) connection.send({ type: "error", message: this.#error });
  }

  close(): void {
    for (const connection of this.#connections) connection.dispose();
    this.#connections.clear();
  }
}

/** One page and its session in a worker. The worker holds messages until the script loads. */
class Connection {
  readonly #socket: WebSocket;
  readonly #session: RemoteSession;

  constructor(socket: WebSocket, pool: WorkerPool, appName: string, query: string) {
    this.#socket = socket;
    this.#session = pool.open(appName, (json) => this.#sendJson(json), { queryString: query });
    socket.on("message", (data) => this.#session.receive(data.toString()));
    // A protocol error (a bad frame, an oversized message) closes the socket and "close"
    // disposes the session; without a listener ws would throw it and stop the server.
    socket.on("error", () => {});
  }

  send(message: ServerMessage): void {
    this.#sendJson(JSON.stringify(message));
  }

  dispose(): void {
    this.#session.dispose();
  }

  #sendJson(json: string): void {
    if (this.#socket.readyState === WebSocket.OPEN) this.#socket.send(json);
  }
}
