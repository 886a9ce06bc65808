// The page's reactive copy of the element tree: one Page (runtime/src/wire/page.ts) in $state.
// Patches mutate it in place, so a `set` at a path updates only the component there.
import { applyDataFrame, applyMessage, emptyPage, endRun, type Page } from "./wire.ts";
import type { ServerMessage } from "./wire.ts";

/** How long a run runs before what it has not rewritten yet fades (Streamlit's delay). */
export const FADE_AFTER_MS = 500;

export class Tree {
  page: Page = $state(emptyPage());
  /**
   * Whether stale elements show as stale now: only once a run has gone on for FADE_AFTER_MS.
   * Until then no element reads its staleness, so a quick run changes no class on the page
   * (marking a thousand elements stale and fresh again cost more than the run).
   */
  fading = $state(false);
  #fadeTimer: ReturnType<typeof setTimeout> | undefined;

  receive(message: ServerMessage): void {
    for (const problem of applyMessage(this.page, message)) console.warn(`[rivulet] ${problem}`);
    if (message.type === "runStarted" || message.type === "runFinished" || message.type === "page") this.#restartFade();
  }

  /** Data that nodes name, from a binary frame. */
  receiveData(frame: ArrayBuffer): void {
    const problem = applyDataFrame(this.page, frame);
    if (problem !== null) console.warn(`[rivulet] ignored a malformed binary frame from the server: ${problem}`);
  }

  /** A run began (or the page was replaced): fade what it has not rewritten if it is still running later. */
  #restartFade(): void {
    clearTimeout(this.#fadeTimer);
    this.fading = false;
    if (this.page.run.status !== "running") return;
    const runs = this.page.runsStarted;
    this.#fadeTimer = setTimeout(() => {
      if (this.page.run.status === "running" && this.page.runsStarted === runs) this.fading = true;
    }, FADE_AFTER_MS);
  }

  /** A new session replaced the one the page showed. */
  reset(): void {
    const { runsStarted, runsFinished } = this.page;
    // The run counters keep counting: widgets compare them with when they sent their values.
    this.page = { ...emptyPage(), runsStarted, runsFinished };
  }

  /** The socket dropped: the running run will never report its end. */
  disconnected(): void {
    endRun(this.page, null);
    this.#restartFade();
  }
}
