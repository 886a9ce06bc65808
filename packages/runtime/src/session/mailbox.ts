// What the session has been asked to do next. Merge rules follow Streamlit's script requests:
// a full rerun covers every queued fragment rerun; widget events wait here until the run that
// takes them, so a burst of values becomes one run with the newest ones. Clicks are never
// merged: each one is the run of its own (Streamlit can lose a click that way).

import type { Json } from "../wire/protocol.ts";

export type WidgetEvent =
  /** `bytes`: what the value takes (`measureValue`), held against the session's budget while it waits. */
  | { kind: "value"; id: string; value: Json; bytes: number }
  /** A click; or a submit that carries a value (a chat input's text, which takes `bytes`). */
  | { kind: "trigger"; id: string; value?: Json; bytes?: number };

/** More events than this waiting for their runs, and the page is sending faster than the app can run. */
export const MAX_QUEUED_EVENTS = 1000;

export type RunRequest =
  | { scope: "app"; events: WidgetEvent[] }
  | { scope: "fragment"; fragmentId: string; events: WidgetEvent[] };

export class Mailbox {
  private full = false;
  private fragments: string[] = [];
  private events: { event: WidgetEvent; fragmentId: string | null }[] = [];
  /** What the values waiting here take, in bytes. */
  private valueBytes = 0;

  requestApp(): void {
    this.full = true;
    this.fragments = [];
  }

  requestFragment(fragmentId: string): void {
    if (!this.full && !this.fragments.includes(fragmentId)) this.fragments.push(fragmentId);
  }

  /**
   * A widget event; it reruns its fragment, or the app when `fragmentId` is null. A newer value
   * replaces a widget's pending one, unless a click came between them: what the page showed when
   * the user clicked is what the click's run sees.
   */
  post(event: WidgetEvent, fragmentId: string | null): void {
    if (event.kind === "trigger") this.valueBytes += event.bytes ?? 0;
    if (event.kind === "value") {
      const lastTrigger = this.events.findLastIndex((e) => e.event.kind === "trigger");
      this.events = this.events.filter((e, i) => {
        const replaced = i > lastTrigger && e.event.id === event.id;
        if (replaced) this.drop(e.event);
        return !replaced;
      });
      this.valueBytes += event.bytes;
    }
    this.events.push({ event, fragmentId });
    if (fragmentId === null) this.requestApp();
    else this.requestFragment(fragmentId);
  }

  /** What the values waiting for their runs take, in bytes. */
  get queuedBytes(): number {
    return this.valueBytes;
  }

  /** Whether there is room for `count` more events. */
  hasRoom(count: number): boolean {
    return this.events.length + count <= MAX_QUEUED_EVENTS;
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
    this.valueBytes = 0;
  }

  /** An event leaves the mailbox (replaced, or taken by a run): its bytes no longer wait here. */
  private drop(event: WidgetEvent): void {
    this.valueBytes -= event.bytes ?? 0;
  }

  /**
   * The next run and the events it takes. A run takes the events up to and including the first
   * click: a click is never merged into another, and its run sees the values the page had when
   * it was clicked (what came after waits for the next run). `carrying`: the session still holds
   * a click an interrupted run did not read; the run that takes it takes nothing newer.
   */
  take(carrying = false): RunRequest | null {
    if (this.full) {
      const events = carrying ? [] : this.takeEvents(() => true);
      // What waits for a later run asks for it.
      this.full = this.events.length > 0;
      this.fragments = [];
      return { scope: "app", events };
    }
    const fragmentId = this.fragments.shift();
    if (fragmentId === undefined) return null;
    const inFragment = (e: { fragmentId: string | null }) => e.fragmentId === fragmentId;
    const events = carrying ? [] : this.takeEvents(inFragment);
    if (this.events.some(inFragment)) this.fragments.unshift(fragmentId);
    return { scope: "fragment", fragmentId, events };
  }

  private takeEvents(inScope: (e: { fragmentId: string | null }) => boolean): WidgetEvent[] {
    const taken: WidgetEvent[] = [];
    const rest: { event: WidgetEvent; fragmentId: string | null }[] = [];
    let clicked = false;
    for (const entry of this.events) {
      if (clicked || !inScope(entry)) {
        rest.push(entry);
        continue;
      }
      taken.push(entry.event);
      this.drop(entry.event);
      clicked = entry.event.kind === "trigger";
    }
    this.events = rest;
    return taken;
  }
}
