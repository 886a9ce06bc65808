// What the session has been asked to do next. Merge rules follow Streamlit's script requests:
// a full rerun covers every queued fragment rerun; widget events wait here until the run that
// takes them, so a burst of events becomes one run with the newest values.

import type { Json } from "../wire/protocol.ts";

export type WidgetEvent =
  | { kind: "value"; id: string; value: Json }
  | { kind: "trigger"; id: string };

export type RunRequest =
  | { scope: "app"; events: WidgetEvent[] }
  | { scope: "fragment"; fragmentId: string; events: WidgetEvent[] };

export class Mailbox {
  private full = false;
  private fragments: string[] = [];
  private events: { event: WidgetEvent; fragmentId: string | null }[] = [];

  requestApp(): void {
    this.full = true;
    this.fragments = [];
  }

  requestFragment(fragmentId: string): void {
    if (!this.full && !this.fragments.includes(fragmentId)) this.fragments.push(fragmentId);
  }

  /** A widget event; it reruns its fragment, or the app when `fragmentId` is null. */
  post(event: WidgetEvent, fragmentId: string | null): void {
    this.events = this.events.filter((e) => e.event.id !== event.id || event.kind === "trigger");
    this.events.push({ event, fragmentId });
    if (fragmentId === null) this.requestApp();
    else this.requestFragment(fragmentId);
  }

  get wantsApp(): boolean {
    return this.full;
  }

  get hasWork(): boolean {
    return this.full || this.fragments.length > 0;
  }

  /** The Stop button: nothing queued runs. */
  clear(): void {
    this.full = false;
    this.fragments = [];
    this.events = [];
  }

  take(): RunRequest | null {
    if (this.full) {
      const events = this.events.map((e) => e.event);
      this.full = false;
      this.fragments = [];
      this.events = [];
      return { scope: "app", events };
    }
    const fragmentId = this.fragments.shift();
    if (fragmentId === undefined) return null;
    const events = this.events.filter((e) => e.fragmentId === fragmentId).map((e) => e.event);
    this.events = this.events.filter((e) => e.fragmentId !== fragmentId);
    return { scope: "fragment", fragmentId, events };
  }
}
