// Where st.cacheData's entries are shared beyond this thread. A server runs sessions on several
// worker threads; Streamlit computes a cached value once per server, and so does Rivulet: a host
// installs a SharedDataCache (packages/server: the main thread keeps every thread's entries, and
// the disk's for `persist`), which a thread asks when its own entries miss, and tells what it
// computed. With none installed (AppTest, the playground's Web Worker), entries live on this
// thread only. st.cacheResource's values are objects that cannot cross threads (a connection):
// each thread makes its own.

import { hostSlot } from "../../session/processWide.ts";
import type { Replayable } from "../../tree/recording.ts";

/** An entry as it crosses threads (a structured clone of it): the value is st.cacheData's own copy. */
export interface SharedEntry {
  value: unknown;
  written: Replayable;
  /** Epoch milliseconds (every thread's clock); Infinity for never. */
  expires: number;
  async: boolean;
}

/** What a function's entries are kept under, wherever they are kept. */
export interface SharedLimits {
  ttlMs: number;
  maxEntries: number;
  /** Kept on disk too, across restarts. */
  persist: boolean;
}

export type SharedLookup =
  /** Another thread computed it (or the disk had it). */
  | { kind: "hit"; entry: SharedEntry }
  /** Nobody has it: this thread computes it, and the others wait for its `publish` or `abandon`. */
  | { kind: "compute" }
  /** Another thread is computing it: `settled` says when it is done. */
  | { kind: "elsewhere" };

export interface SharedDataCache {
  /**
   * The entry of `key` in function `fn`'s cache. With `wait` (a synchronous function: its caller
   * cannot await), it does not answer "elsewhere" but waits for the other thread, calling `wait`
   * now and then (the run's checkpoint: other sessions are served meanwhile, and a halt of this
   * run ends the wait by throwing).
   */
  lookup(fn: string, key: string, limits: SharedLimits, wait: (() => void) | null): SharedLookup;
  /** When another thread's computation of `key` is done: its entry, or "compute" when it failed. */
  settled(fn: string, key: string, limits: SharedLimits): Promise<SharedLookup>;
  /** What this thread computed, after a "compute". */
  publish(fn: string, key: string, entry: SharedEntry, limits: SharedLimits): void;
  /** This thread's computation failed, after a "compute": the next one waiting computes. */
  abandon(fn: string, key: string): void;
  /** `.clear()` (fn and key), `.clear()` of a function (key null), `st.cacheData.clear()` (both null), on every thread. */
  clear(fn: string | null, key: string | null): void;
}

const installed = hostSlot<SharedDataCache | null>("shared data cache", () => null);

/** A host shares st.cacheData's entries beyond this thread (packages/server's session workers). */
export function shareDataCaches(cache: SharedDataCache | null): void {
  installed.set(cache);
}

export function sharedDataCache(): SharedDataCache | null {
  return installed.get();
}
