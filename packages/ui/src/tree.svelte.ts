// The page's reactive copy of the element tree: one Page (runtime/src/wire/page.ts) in $state.
// Patches mutate it in place, so a `set` at a path updates only the component there.
import { applyMessage, emptyPage, endRun, type Page } from "./wire.ts";
import type { ServerMessage } from "./wire.ts";

export class Tree {
  page: Page = $state(emptyPage());

  receive(message: ServerMessage): void {
    for (const problem of applyMessage(this.page, message)) console.warn(`[rivulet] ${problem}`);
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
  }
}
