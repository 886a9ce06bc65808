// st.cacheData's entries for the whole server, kept on the main thread: every session worker asks
// here when its own entries miss, so a value is computed once per server, as Streamlit computes
// it once per process. The first thread to ask for a key it finds nowhere gets the claim and
// computes; the others wait for its result (a synchronous function's caller waits
// synchronously, serving its thread's other sessions meanwhile; an async one awaits it). A
// claim whose thread fails, dies or would wait on its own waiter (two threads each computing
// what the other needs) goes to the next waiter, so no key waits forever.

import type { SharedEntry, SharedLimits, SharedLookup } from "@rivulet/runtime";
import type { CacheReply, CacheRequest } from "./messages.ts";
import { DiskEntries } from "./disk.ts";

/** A thread as the host sees it: where its answers go. */
export interface CacheThread {
  reply(message: CacheReply): void;
}

interface Waiter {
  thread: CacheThread;
  id: number;
  /** It waits synchronously (its thread is blocked on it): part of the cycle check. */
  sync: boolean;
}

interface Claim {
  thread: CacheThread;
  waiters: Waiter[];
}

class FunctionEntries {
  /** Least recently used first. */
  readonly entries = new Map<string, SharedEntry>();
  limits: SharedLimits = { ttlMs: Infinity, maxEntries: Infinity, persist: false };
  private setsSinceSweep = 0;

  get(key: string, now: number): SharedEntry | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    if (entry.expires <= now) return undefined;
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: SharedEntry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    for (const old of this.entries.keys()) {
      if (this.entries.size <= this.limits.maxEntries) break;
      this.entries.delete(old);
    }
    // Expired entries go too, after as many sets as there are entries (a constant cost per set).
    if (++this.setsSinceSweep >= Math.max(64, this.entries.size)) {
      this.setsSinceSweep = 0;
      const now = Date.now();
      for (const [old, kept] of [...this.entries]) if (kept.expires <= now) this.entries.delete(old);
    }
  }
}

export class DataCacheHost {
  private readonly functions = new Map<string, FunctionEntries>();
  private readonly claims = new Map<string, Claim>();
  /**
   * What each thread waits for synchronously, innermost last (a wait's checkpoint can serve a
   * session whose lookup waits too): to see a cycle of waits.
   */
  private readonly waitingFor = new Map<CacheThread, string[]>();
  private readonly threads = new Set<CacheThread>();
  private readonly disk: DiskEntries | null;

  /** `dir`: where `persist: "disk"` entries are kept; without one they are kept in memory only. `log`: the server's. */
  constructor(dir: string | null, log: (text: string) => void) {
    this.disk = dir === null ? null : new DiskEntries(dir, log);
  }

  attach(thread: CacheThread): void {
    this.threads.add(thread);
  }

  /** A thread is gone: its claims go to their next waiters, and it waits for nothing. */
  detach(thread: CacheThread): void {
    this.threads.delete(thread);
    this.waitingFor.delete(thread);
    for (const [claimKey, claim] of [...this.claims]) {
      claim.waiters = claim.waiters.filter((waiter) => waiter.thread !== thread);
      if (claim.thread === thread) this.handOver(claimKey, claim);
    }
  }

  receive(thread: CacheThread, request: CacheRequest): void {
    switch (request.t) {
      case "lookup":
        return this.lookup(thread, request);
      case "settled":
        return this.settled(thread, request);
      case "publish":
        return this.publish(request.fn, request.key, request.entry, request.limits);
      case "abandon":
        return this.abandon(thread, request.fn, request.key);
      case "clear":
        return this.clear(thread, request.fn, request.key);
    }
  }

  /** Entries kept in memory (all functions): what `maxEntries` bounds. */
  get size(): number {
    let size = 0;
    for (const fn of this.functions.values()) size += fn.entries.size;
    return size;
  }

  private lookup(thread: CacheThread, request: Extract<CacheRequest, { t: "lookup" }>): void {
    const { id, fn, key, limits } = request;
    const answer = (a: SharedLookup): void => thread.reply({ t: "answer", id, answer: a });
    const found = this.find(fn, key, limits);
    if (found !== undefined) return answer({ kind: "hit", entry: found });
    const claimKey = claimKeyOf(fn, key);
    const claim = this.claims.get(claimKey);
    if (claim === undefined) {
      this.claims.set(claimKey, { thread, waiters: [] });
      return answer({ kind: "compute" });
    }
    if (!request.wait) return answer({ kind: "elsewhere" });
    // Waiting on itself (a function that calls itself with the same arguments), or on a thread
    // that waits, through others, on it: computing here is the way out.
    if (this.waitsOn(claim.thread, thread)) return answer({ kind: "compute" });
    this.waits(thread).push(claimKey);
    claim.waiters.push({ thread, id, sync: true });
  }

  private settled(thread: CacheThread, request: Extract<CacheRequest, { t: "settled" }>): void {
    const { id, fn, key, limits } = request;
    const claimKey = claimKeyOf(fn, key);
    const claim = this.claims.get(claimKey);
    if (claim !== undefined) {
      if (claim.thread !== thread) claim.waiters.push({ thread, id, sync: false });
      // Already this thread's (handed over meanwhile): it computes, and its waiters stay.
      else thread.reply({ t: "answer", id, answer: { kind: "compute" } });
      return;
    }
    const found = this.find(fn, key, limits);
    if (found !== undefined) return thread.reply({ t: "answer", id, answer: { kind: "hit", entry: found } });
    this.claims.set(claimKey, { thread, waiters: [] });
    thread.reply({ t: "answer", id, answer: { kind: "compute" } });
  }

  private publish(fn: string, key: string, entry: SharedEntry, limits: SharedLimits): void {
    const entries = this.entriesOf(fn, limits);
    entries.set(key, entry);
    if (limits.persist) this.disk?.write(fn, key, entry);
    const claimKey = claimKeyOf(fn, key);
    const claim = this.claims.get(claimKey);
    this.claims.delete(claimKey);
    for (const waiter of claim?.waiters ?? []) {
      this.doneWaiting(waiter, claimKey);
      waiter.thread.reply({ t: "answer", id: waiter.id, answer: { kind: "hit", entry } });
    }
  }

  private abandon(thread: CacheThread, fn: string, key: string): void {
    const claimKey = claimKeyOf(fn, key);
    const claim = this.claims.get(claimKey);
    if (claim !== undefined && claim.thread === thread) this.handOver(claimKey, claim);
  }

  /** The claim's thread will not publish: its first waiter computes instead. */
  private handOver(claimKey: string, claim: Claim): void {
    const next = claim.waiters.shift();
    if (next === undefined) {
      this.claims.delete(claimKey);
      return;
    }
    this.doneWaiting(next, claimKey);
    this.claims.set(claimKey, { thread: next.thread, waiters: claim.waiters });
    next.thread.reply({ t: "answer", id: next.id, answer: { kind: "compute" } });
  }

  private clear(from: CacheThread, fn: string | null, key: string | null): void {
    if (fn === null) this.functions.clear();
    else if (key === null) this.functions.delete(fn);
    else this.functions.get(fn)?.entries.delete(key);
    this.disk?.delete(fn, key);
    for (const thread of this.threads) if (thread !== from) thread.reply({ t: "forget", fn, key });
  }

  private find(fn: string, key: string, limits: SharedLimits): SharedEntry | undefined {
    const entries = this.entriesOf(fn, limits);
    const found = entries.get(key, Date.now());
    if (found !== undefined || !limits.persist || this.disk === null) return found;
    const stored = this.disk.read(fn, key);
    if (stored !== undefined) entries.set(key, stored);
    return stored;
  }

  private entriesOf(fn: string, limits: SharedLimits): FunctionEntries {
    let entries = this.functions.get(fn);
    if (entries === undefined) this.functions.set(fn, (entries = new FunctionEntries()));
    entries.limits = limits;
    return entries;
  }

  private waits(thread: CacheThread): string[] {
    let stack = this.waitingFor.get(thread);
    if (stack === undefined) this.waitingFor.set(thread, (stack = []));
    return stack;
  }

  private doneWaiting(waiter: Waiter, claimKey: string): void {
    if (!waiter.sync) return;
    const stack = this.waitingFor.get(waiter.thread);
    const at = stack?.lastIndexOf(claimKey) ?? -1;
    if (at !== -1) stack!.splice(at, 1);
    if (stack?.length === 0) this.waitingFor.delete(waiter.thread);
  }

  /** Whether `from` is `to`, or waits (synchronously, through other threads' claims) on `to`. */
  private waitsOn(from: CacheThread, to: CacheThread): boolean {
    const seen = new Set<CacheThread>();
    const queue: CacheThread[] = [from];
    for (let thread = queue.pop(); thread !== undefined; thread = queue.pop()) {
      if (thread === to) return true;
      if (seen.has(thread)) continue;
      seen.add(thread);
      // Every wait on its stack blocks it: any of them may close the cycle.
      for (const waited of this.waitingFor.get(thread) ?? []) {
        const holder = this.claims.get(waited)?.thread;
        if (holder !== undefined) queue.push(holder);
      }
    }
    return false;
  }
}

function claimKeyOf(fn: string, key: string): string {
  return `${fn}\u0000${key}`;
}
