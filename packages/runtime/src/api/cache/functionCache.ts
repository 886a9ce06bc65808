// One cached function's entries on this thread: by argument key, least recently used first (a
// Map keeps insertion order: a hit moves its entry to the end), each until its time to live is
// up. Bounded by `maxEntries`; what it lets go of is handed to `release` (st.cacheResource's
// `onRelease`).

import type { Replayable } from "../../tree/recording.ts";

export interface CacheEntry {
  /** As the cache keeps it: st.cacheData's own copy, st.cacheResource's shared object. */
  readonly value: unknown;
  /** What the function wrote while it computed, written again on each hit. */
  readonly written: Replayable;
  /** The function returned a promise: a hit hands out one too. */
  readonly async: boolean;
  /** When it expires (ms, the clock of `now`); Infinity for never. */
  readonly expires: number;
}

/** Sets between two sweeps of expired entries, at the least. */
const SWEEP_EVERY = 64;

export class FunctionCache {
  private readonly entries = new Map<string, CacheEntry>();
  /** Computations in progress (async functions): a second caller of the key waits for the first. */
  readonly computing = new Map<string, Promise<CacheEntry>>();
  maxEntries = Infinity;
  private setsSinceSweep = 0;
  release: ((value: unknown) => void) | undefined = undefined;

  /** `id`: the function's name across threads and on disk (caches.ts). */
  constructor(readonly id: string) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, now: number): CacheEntry | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    if (entry.expires <= now) {
      this.released(entry);
      return undefined;
    }
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: CacheEntry): void {
    const old = this.entries.get(key);
    this.entries.delete(key);
    if (old !== undefined && old.value !== entry.value) this.released(old);
    this.entries.set(key, entry);
    this.trim();
    if (++this.setsSinceSweep >= Math.max(SWEEP_EVERY, this.entries.size)) this.sweep(Date.now());
  }

  /**
   * Lets go of expired entries (as Streamlit's TTL cache does when it is written to): a function
   * with a ttl and no maxEntries would otherwise keep every key it ever saw. Run after as many
   * sets as there are entries, so its cost per set stays constant.
   */
  private sweep(now: number): void {
    this.setsSinceSweep = 0;
    for (const [key, entry] of [...this.entries]) {
      if (entry.expires > now) continue;
      this.entries.delete(key);
      this.released(entry);
    }
  }

  /** Lets go of the oldest entries past `maxEntries` (after it was lowered, or a set). */
  trim(): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(key);
      this.released(entry);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.released(entry);
  }

  clear(): void {
    const entries = [...this.entries.values()];
    this.entries.clear();
    for (const entry of entries) this.released(entry);
  }

  private released(entry: CacheEntry): void {
    // A release that throws must not keep the cache from letting go (Streamlit logs it).
    try {
      this.release?.(entry.value);
    } catch (error) {
      console.warn("st.cacheResource: onRelease threw", error);
    }
  }
}
