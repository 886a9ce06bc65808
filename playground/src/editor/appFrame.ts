// The app page in the editor's iframe: a handshake (whichever page's script runs first, the
// other hears it), the script to run, and a fresh page for a new session (an example).
import type { CompiledScript, RunError, ScriptMessage } from "../messages.ts";

export class AppFrame {
  #ready = false;
  /** The script the app should run (sent once it listens); null before there is one. */
  #script: CompiledScript | null = null;
  #ran: (() => void)[] = [];
  #hasRun = false;

  constructor(
    private readonly frame: HTMLIFrameElement,
    /** After each run: the exceptions the app shows. */
    private readonly runErrors: (errors: RunError[]) => void,
  ) {
    addEventListener("message", (event: MessageEvent<{ type?: string; errors?: RunError[] }>) => {
      if (event.origin !== location.origin || event.source !== frame.contentWindow) return;
      if (event.data?.type === "appReady") {
        this.#ready = true;
        if (this.#script !== null) this.#send(this.#script);
      } else if (event.data?.type === "appRan") {
        this.#hasRun = true;
        for (const resolve of this.#ran.splice(0)) resolve();
      } else if (event.data?.type === "runErrors") {
        this.runErrors(event.data.errors ?? []);
      }
    });
    // The app page says it is ready when it starts, and again when asked.
    const ask = () => frame.contentWindow?.postMessage({ type: "editorReady" }, location.origin);
    frame.addEventListener("load", ask);
    if (frame.contentDocument?.readyState === "complete") ask();
  }

  /** The script the app runs now; the same code again reruns nothing. */
  run(script: CompiledScript): void {
    if (script.code === this.#script?.code) return;
    this.#script = script;
    if (this.#ready) this.#send(script);
  }

  /** A new app page (a new session) that will run `script`. */
  restart(script: CompiledScript): void {
    this.#ready = false;
    this.#script = script;
    this.frame.src = "./app.html";
  }

  /** Resolves when the app page has finished its first run. */
  firstRun(): Promise<void> {
    if (this.#hasRun) return Promise.resolve();
    return new Promise((resolve) => this.#ran.push(resolve));
  }

  #send(script: CompiledScript): void {
    const message: ScriptMessage = { type: "script", script };
    this.frame.contentWindow!.postMessage(message, location.origin);
  }
}
