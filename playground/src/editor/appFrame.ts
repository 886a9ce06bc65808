// The app page in the editor's iframe: a handshake (whichever page's script runs first, the
// other hears it), the script to run, and a fresh page for a new session (an example).
import type { ScriptMessage } from "../messages.ts";

export class AppFrame {
  #ready = false;
  /** The script the app should run (sent once it listens); null before there is one. */
  #script: string | null = null;
  #ran: (() => void)[] = [];

  constructor(private readonly frame: HTMLIFrameElement) {
    addEventListener("message", (event: MessageEvent<{ type?: string }>) => {
      if (event.origin !== location.origin || event.source !== frame.contentWindow) return;
      if (event.data?.type === "appReady") {
        this.#ready = true;
        if (this.#script !== null) this.#send(this.#script);
      } else if (event.data?.type === "appRan") {
        for (const resolve of this.#ran.splice(0)) resolve();
      }
    });
    // The app page says it is ready when it starts, and again when asked.
    const ask = () => frame.contentWindow?.postMessage({ type: "editorReady" }, location.origin);
    frame.addEventListener("load", ask);
    if (frame.contentDocument?.readyState === "complete") ask();
  }

  /** The script the app runs now; the same code again reruns nothing. */
  run(code: string): void {
    if (code === this.#script) return;
    this.#script = code;
    if (this.#ready) this.#send(code);
  }

  /** A new app page (a new session) that will run `code`. */
  restart(code: string): void {
    this.#ready = false;
    this.#script = code;
    this.frame.src = "./app.html";
  }

  /** Resolves when the app page has finished its first run. */
  firstRun(): Promise<void> {
    return new Promise((resolve) => this.#ran.push(resolve));
  }

  #send(code: string): void {
    const message: ScriptMessage = { type: "script", code };
    this.frame.contentWindow!.postMessage(message, location.origin);
  }
}
