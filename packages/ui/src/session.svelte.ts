// Everything a page knows about its session: the tree, the connection and its status, the
// app's name, and errors the server reported outside any run. Components reach it by context.
import { createContext } from "svelte";
import type { ConnectionHandlers, ConnectionStatus, Transport } from "./connection.ts";
import { Tree } from "./tree.svelte.ts";
import { pagePath, pageUrl } from "./pageRoutes.ts";
import { replaceQuery } from "./url.ts";
import type { ClientMessage, NavigationMessage, ServerMessage } from "./wire.ts";
import type { Uploaded } from "./media/upload.ts";

export class Session {
  readonly tree = new Tree();
  status: ConnectionStatus = $state("connecting");
  appName = $state("");
  /** Messages from `{type: "error"}`, newest last, until the user dismisses them. */
  errors: string[] = $state([]);
  readonly #connection: Transport;

  /** `connect`: the transport to this page's session (a `Connection` to the server's socket), reporting to the handlers it is given. */
  constructor(connect: (handlers: ConnectionHandlers) => Transport) {
    this.#connection = connect({
      message: (message) => this.#receive(message),
      data: (frame) => this.tree.receiveData(frame),
      status: (status) => {
        this.status = status;
        if (status !== "open") this.tree.disconnected();
      },
      newSession: (replaced) => {
        if (!replaced) return;
        // What the page shows belongs to a session that is gone: the new one starts afresh.
        this.tree.reset();
        this.errors.push("The server no longer had this page's session (it restarted, or the page was away too long): a new session has started.");
      },
      refused: (reason) => this.errors.push(reason),
    });
  }

  /** Hands a file to this session's host (st.fileUploader, st.cameraInput, st.audioInput); resolves with its id once the session has it. */
  upload(file: Blob, name: string, progress?: (sent: number) => void): Promise<Uploaded> {
    return this.#connection.upload(file, name, progress);
  }

  /** The largest file this session's server takes. */
  get maxUploadBytes(): number {
    return this.#connection.maxUploadBytes;
  }

  get connected(): boolean {
    return this.status === "open";
  }

  start(): void {
    this.#connection.open();
  }

  /** The page is going away (closed, reloaded, navigated from): its session need not wait for it. */
  stop(): void {
    this.#connection.close();
  }

  send(message: ClientMessage): boolean {
    return this.#connection.send(message);
  }

  dismissError(index: number): void {
    this.errors.splice(index, 1);
  }

  /**
   * The URL shows the page the run showed: pushed when the script switched pages (back returns),
   * replaced for a page that was not there (which the page is told) or a page come back.
   */
  #followPage(menu: NavigationMessage, replace: boolean): void {
    if (menu.notFound !== undefined) {
      this.errors.push(`Page not found: "${menu.notFound}". You have requested a page that does not exist; the app's main page is shown.`);
    }
    if (pagePath() === menu.current) return;
    const url = pageUrl(location.href, menu.current);
    if (replace || menu.notFound !== undefined) history.replaceState(history.state, "", url);
    else history.pushState(null, "", url);
  }

  #receive(message: ServerMessage): void {
    switch (message.type) {
      case "hello":
        this.appName = message.appName;
        return;
      case "error":
        console.warn(`[rivulet] the server reported: ${message.message}`);
        this.errors.push(message.message);
        return;
      case "queryParams":
        replaceQuery(history, location.href, message.query);
        return;
      case "page":
        replaceQuery(history, location.href, message.query);
        if (message.navigation !== null) this.#followPage(message.navigation, true);
        this.tree.receive(message);
        return;
      case "navigation":
        this.#followPage(message, false);
        this.tree.receive(message);
        return;
      default:
        this.tree.receive(message);
    }
  }
}

export const [getSession, setSession] = createContext<Session>();
