// `st.fragment(fn, { runEvery })`: a timer per fragment that asks for a rerun of it every N
// seconds while the session lives. A timer starts when the fragment is first rendered and is
// kept while runs keep calling it (same id); it stops when a completed full run no longer calls
// the fragment (the registry forgets it) and when the session is disposed.

import type { FragmentInstance } from "./fragments.ts";

interface Timer {
  readonly seconds: number;
  handle: unknown;
}

export class FragmentTimers {
  private readonly timers = new Map<string, Timer>();

  constructor(
    /** Asks for a rerun of the fragment (the mailbox merges it under a full rerun). */
    private readonly request: (fragmentId: string) => void,
  ) {}

  /** Brings the timers in step with the fragments the session can rerun now. */
  sync(fragments: Iterable<FragmentInstance>): void {
    const wanted = new Map<string, number>();
    for (const fragment of fragments) if (fragment.runEvery !== null) wanted.set(fragment.id, fragment.runEvery);
    for (const [id, timer] of this.timers) {
      if (wanted.get(id) !== timer.seconds) this.stop(id);
    }
    for (const [id, seconds] of wanted) if (!this.timers.has(id)) this.start(id, seconds);
  }

  /** The session is gone: no timer may fire. */
  clear(): void {
    for (const id of [...this.timers.keys()]) this.stop(id);
  }

  private start(id: string, seconds: number): void {
    const timer: Timer = { seconds, handle: undefined };
    const tick = (): void => {
      timer.handle = schedule(tick, seconds * 1000);
      this.request(id);
    };
    timer.handle = schedule(tick, seconds * 1000);
    this.timers.set(id, timer);
  }

  private stop(id: string): void {
    const timer = this.timers.get(id);
    if (timer === undefined) return;
    clearTimeout(timer.handle);
    this.timers.delete(id);
  }
}

/**
 * A timeout that does not keep a Node process alive by itself (a forgotten session must not
 * hold the server or a test runner open); `unref` exists in Node and is absent elsewhere.
 */
function schedule(callback: () => void, ms: number): unknown {
  const handle = setTimeout(callback, ms);
  (handle as { unref?: () => void } | null)?.unref?.();
  return handle;
}
