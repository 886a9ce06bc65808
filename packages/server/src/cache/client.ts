// The runtime's SharedDataCache in a session worker: st.cacheData asks the main thread
// (./host.ts) when this thread's own entries miss. A lookup is synchronous (st functions are):
// the request goes on the cache port, and the worker waits on a shared Int32 that the main thread
// raises once it has posted the answer, then takes the answer off the port with
// `receiveMessageOnPort`. The wait is cut in short slices, between which the run's checkpoint
// serves this thread's other sessions (so a wait on another thread's long computation holds no
// one else here) and ends the wait when the run is halted.

import { receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import type { SharedDataCache, SharedEntry, SharedLimits, SharedLookup } from "@rivulet/runtime";
import type { CacheReply, CacheRequest } from "./messages.ts";

/** How long one slice of a synchronous wait is, in milliseconds. */
const SLICE_MS = 20;

export class DataCacheClient implements SharedDataCache {
  private nextId = 0;
  /** Answers not taken yet, by request id (a synchronous lookup takes its own off the port). */
  private readonly answers = new Map<number, SharedLookup>();
  private readonly settling = new Map<number, (answer: SharedLookup) => void>();
  /** Synchronous lookups whose wait a halt ended: a claim they are given later is handed back. */
  private readonly gaveUp = new Map<number, { fn: string; key: string }>();

  /**
   * `signal[0]`: raised by the main thread after each answer it posts. `forget`: what another
   * thread cleared. `pulse`: called between slices of a wait, run or not (the thread's
   * heartbeat: a wait at a module's top level, with no run to checkpoint, must not look stuck).
   */
  constructor(
    private readonly port: MessagePort,
    private readonly signal: Int32Array,
    private readonly forget: (fn: string | null, key: string | null) => void,
    private readonly pulse: () => void,
  ) {
    port.on("message", (message: CacheReply) => this.take(message));
  }

  lookup(fn: string, key: string, limits: SharedLimits, wait: (() => void) | null): SharedLookup {
    const id = ++this.nextId;
    this.send({ t: "lookup", id, fn, key, limits, wait: wait !== null });
    for (;;) {
      Atomics.store(this.signal, 0, 0);
      for (let next = receiveMessageOnPort(this.port); next !== undefined; next = receiveMessageOnPort(this.port)) {
        this.take(next.message as CacheReply);
      }
      const answer = this.answers.get(id);
      if (answer !== undefined) {
        this.answers.delete(id);
        return answer;
      }
      Atomics.wait(this.signal, 0, 0, SLICE_MS);
      this.pulse();
      try {
        wait?.();
      } catch (error) {
        this.giveUp(id, fn, key);
        throw error;
      }
    }
  }

  settled(fn: string, key: string, limits: SharedLimits): Promise<SharedLookup> {
    const id = ++this.nextId;
    return new Promise((resolve) => {
      this.settling.set(id, resolve);
      this.send({ t: "settled", id, fn, key, limits });
    });
  }

  publish(fn: string, key: string, entry: SharedEntry, limits: SharedLimits): void {
    this.send({ t: "publish", fn, key, entry, limits });
  }

  abandon(fn: string, key: string): void {
    this.send({ t: "abandon", fn, key });
  }

  clear(fn: string | null, key: string | null): void {
    this.send({ t: "clear", fn, key });
  }

  /**
   * The run waiting for `id` was halted: a claim its answer brings (now, if a session served
   * meanwhile took it off the port, or later) goes back, so no other thread waits for it.
   */
  private giveUp(id: number, fn: string, key: string): void {
    const answer = this.answers.get(id);
    if (answer === undefined) return void this.gaveUp.set(id, { fn, key });
    this.answers.delete(id);
    if (answer.kind === "compute") this.abandon(fn, key);
  }

  private send(request: CacheRequest): void {
    this.port.postMessage(request);
  }

  private take(message: CacheReply): void {
    if (message.t === "forget") return this.forget(message.fn, message.key);
    const settle = this.settling.get(message.id);
    if (settle !== undefined) {
      this.settling.delete(message.id);
      return settle(message.answer);
    }
    const gaveUp = this.gaveUp.get(message.id);
    if (gaveUp !== undefined) {
      this.gaveUp.delete(message.id);
      if (message.answer.kind === "compute") this.abandon(gaveUp.fn, gaveUp.key);
      return;
    }
    this.answers.set(message.id, message.answer);
  }
}
