import { Session, type LoadedScript } from "@rivulet/runtime";
import type { ServerMessage } from "@rivulet/runtime/protocol";
import { WebSocket } from "ws";

/**
 * The open connections and their sessions, one Session per WebSocket. The hub holds the
 * current script: a new one (hot reload) reruns every session with its state kept; a
 * failed load keeps the old script and tells every page why.
 */
export class SessionHub {
  readonly #appName: string;
  readonly #connections = new Set<Connection>();
  #script: LoadedScript | undefined;
  #error: string | undefined;

  constructor(appName: string) {
    this.#appName = appName;
  }

  /** The last load failed and no newer script replaced it. */
  get failing(): boolean {
    return this.#error !== undefined;
  }

  setScript(script: LoadedScript): void {
    this.#script = script;
    this.#error = undefined;
    for (const connection of this.#connections) connection.useScript(script);
  }

  setError(message: string): void {
    this.#error = message;
    for (const connection of this.#connections) connection.send({ type: "error", message });
  }

  /** `query`: the page URL's query string, which `st.queryParams` starts from. */
  connect(socket: WebSocket, query = ""): void {
    const connection = new Connection(socket, this.#appName, query);
    this.#connections.add(connection);
    socket.on("close", () => {
      this.#connections.delete(connection);
      connection.dispose();
    });
    if (this.#script) connection.useScript(this.#script);
    if (this.#error !== undefined) connection.send({ type: "error", message: this.#error });
  }

  close(): void {
    for (const connection of this.#connections) connection.dispose();
    this.#connections.clear();
  }
}

/** One page. Messages that arrive before the first script loads wait for its session. */
class Connection {
  readonly #socket: WebSocket;
  readonly #appName: string;
  readonly #query: string;
  #session: Session | undefined;
  #pending: string[] | undefined = [];

  constructor(socket: WebSocket, appName: string, query: string) {
    this.#socket = socket;
    this.#appName = appName;
    this.#query = query;
    socket.on("message", (data) => this.#receive(data.toString()));
    // A protocol error (a bad frame, an oversized message) closes the socket and "close"
    // disposes the session; without a listener ws would throw it and stop the server.
    socket.on("error", () => {});
  }

  send(message: ServerMessage): void {
    if (this.#socket.readyState === WebSocket.OPEN) this.#socket.send(JSON.stringify(message));
  }

  useScript(script: LoadedScript): void {
    if (this.#session) {
      this.#session.setScript(script);
      return;
    }
    this.#session = new Session({
      script,
      send: (message) => this.send(message),
      appName: this.#appName,
      queryString: this.#query,
    });
    this.#session.start();
    const pending = this.#pending ?? [];
    this.#pending = undefined;
    for (const raw of pending) this.#session.receive(raw);
  }

  dispose(): void {
    this.#session?.dispose();
    this.#session = undefined;
  }

  #receive(raw: string): void {
    if (this.#session) this.#session.receive(raw);
    else this.#pending?.push(raw);
  }
}
