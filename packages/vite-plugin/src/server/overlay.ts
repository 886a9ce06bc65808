import type { LoadError } from "@rivulet/server";
import type { DevEnvironment } from "vite";

/** The custom events between the plugin and the small client module the app page loads in dev. */
export const OVERLAY_EVENTS = {
  /** Sent by the page once its Vite client is connected: answered with the current error, if any. */
  ready: "rivulet:page-ready",
  /** Sent to pages when the script loads again: they close the overlay. */
  cleared: "rivulet:script-ok",
} as const;

/**
 * Shows script load errors (`LoadError`: the shape of Vite's overlay error, hmrPayload's
 * ErrorPayload["err"]) in Vite's error overlay on the app page, and closes it when the
 * script loads again. A page that opens while the script is broken asks for the error.
 */
export class Overlay {
  readonly #client: DevEnvironment;
  #error: LoadError | undefined;

  constructor(client: DevEnvironment) {
    this.#client = client;
    client.hot.on(OVERLAY_EVENTS.ready, (_data: unknown, page: { send(payload: { type: "error"; err: LoadError }): void }) => {
      if (this.#error) page.send({ type: "error", err: this.#error });
    });
  }

  show(error: LoadError): void {
    this.#error = error;
    this.#client.hot.send({ type: "error", err: error });
  }

  clear(): void {
    if (!this.#error) return;
    this.#error = undefined;
    this.#client.hot.send(OVERLAY_EVENTS.cleared);
  }
}

/** The same error as plain text, for the terminal and the page's `{type:"error"}` message. */
export function formatOverlayError(error: LoadError): string {
  const where = error.loc ? `${error.loc.file ?? error.id ?? ""}:${error.loc.line}:${error.loc.column + 1}` : error.id;
  return [where ? `${where}: ${error.message}` : error.message, error.frame].filter(Boolean).join("\n");
}
