// One session worker thread as the main thread sees it: the Worker, the memory it shares with
// it (see SLOT), the sessions living there, its loads in progress, and whether it is alive and
// responsive.

import { MessageChannel, Worker } from "node:worker_threads";
import type { SecretsSource } from "@rivulet/runtime";
import type { CacheReply, CacheRequest } from "../cache/messages.ts";
import type { CacheThread } from "../cache/host.ts";
import { SHARED_SLOTS, SLOT, type FromWorker, type LoadError, type ModuleRequest, type ModuleResponse, type ScriptSource, type ToWorker, type WorkerData } from "./messages.ts";

/** The worker's module next to this one; a bundled server names its own (PoolOptions.workerFile). */
const WORKER_NAME = "./sessionWorker.js";

/** How loading a script went: the first worker's error, or the files the script evaluated. */
export type LoadOutcome = { error: LoadError; files: [] } | { error: null; files: string[] };

export interface Load {
  readonly source: ScriptSource;
  readonly settle: (outcome: LoadOutcome) => void;
}

export interface ThreadEvents {
  message(message: FromWorker): void;
  /** A load settled: `ok` when it succeeded (the thread now runs its source). */
  loaded(load: Load, outcome: LoadOutcome): void;
  /** The thread stopped (an uncaught error, `process.exit()`, out of memory, or terminated). */
  stopped(cause: string): void;
  modules(payload: unknown): Promise<unknown>;
  /** A request of st.cacheData's (packages/server/src/cache/host.ts). */
  cache(thread: CacheThread, request: CacheRequest): void;
}

export class SessionThread {
  readonly worker: Worker;
  readonly shared: Int32Array;
  /** How the cache host answers this thread's st.cacheData. */
  readonly cache: CacheThread;
  /** The sessions living here. */
  readonly sids = new Set<number>();
  /** Loads in progress, by id: each settles with its own outcome. */
  readonly loads = new Map<number, Load>();
  /** The script its sessions run (the last source it loaded): what a replacement starts with. */
  current: ScriptSource | null;
  dead = false;
  /** Replaced after too many deaths, with no script: gets no sessions until `setScript`. */
  parked = false;
  /** The last heartbeat seen, and when it changed. */
  #beat = 0;
  #beatAt = performance.now();

  constructor(current: ScriptSource | null, events: ThreadEvents, context: { secrets: SecretsSource; project: string }, workerFile: URL = new URL(WORKER_NAME, import.meta.url)) {
    this.current = current;
    const buffer = new SharedArrayBuffer(SHARED_SLOTS * Int32Array.BYTES_PER_ELEMENT);
    this.shared = new Int32Array(buffer);
    const { port1: modules, port2: workerModules } = new MessageChannel();
    const { port1: cache, port2: workerCache } = new MessageChannel();
    const cacheSignal = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    this.worker = new Worker(workerFile, {
      workerData: { shared: buffer, modules: workerModules, cache: workerCache, cacheSignal: cacheSignal.buffer as SharedArrayBuffer, ...context } satisfies WorkerData,
      transferList: [workerModules, workerCache],
    });
    this.cache = {
      reply(message: CacheReply): void {
        cache.postMessage(message);
        // After the post: the worker waiting on the signal finds the answer on its port.
        Atomics.store(cacheSignal, 0, 1);
        Atomics.notify(cacheSignal, 0);
      },
    };
    cache.on("message", (request: CacheRequest) => events.cache(this.cache, request));
    cache.unref();
    this.worker.on("message", (message: FromWorker) => {
      if (message.t !== "loaded") return events.message(message);
      const load = this.loads.get(message.id);
      if (load === undefined) return;
      this.loads.delete(message.id);
      const outcome: LoadOutcome = message.error === null ? { error: null, files: message.files } : { error: message.error, files: [] };
      // Loads run in order in the worker: the last one that succeeded is what it runs.
      if (message.error === null) {
        this.current = load.source;
        this.parked = false;
      }
      events.loaded(load, outcome);
    });
    modules.on("message", ({ id, payload }: ModuleRequest) => {
      void events.modules(payload).then((response) => modules.postMessage({ id, response } satisfies ModuleResponse));
    });
    modules.unref();
    // An uncaught error is followed by "exit"; the first of the two ends the thread for us.
    this.worker.on("error", (error) => this.#stopped(error.stack ?? String(error), events));
    this.worker.on("exit", (code) => this.#stopped(`exit code ${code}`, events));
  }

  post(message: ToWorker, transfer: ArrayBuffer[] = []): void {
    this.worker.postMessage(message, transfer);
    // After the post: a checkpoint that sees the flag finds the message already queued.
    Atomics.store(this.shared, SLOT.attention, 1);
  }

  load(id: number, source: ScriptSource): Promise<LoadOutcome> {
    if (this.dead) return Promise.resolve({ error: { message: "No session worker is running to load the script.", stack: "" }, files: [] });
    return new Promise((settle) => {
      this.loads.set(id, { source, settle });
      this.post({ t: "script", id, source });
    });
  }

  /** Whether a session of this thread is in a run (between runStarted and runFinished). */
  get busy(): boolean {
    return Atomics.load(this.shared, SLOT.running) > 0;
  }

  /**
   * The session whose run is on the thread's stack now, or else the only one in a run (code a
   * run left running after an await, which does not mark the stack); 0 when neither is known.
   */
  get culprit(): number {
    return Atomics.load(this.shared, SLOT.onStack) || Atomics.load(this.shared, SLOT.soleRunning);
  }

  /** Milliseconds since the thread last showed it is responsive (a heartbeat). */
  silentFor(now: number): number {
    const beat = Atomics.load(this.shared, SLOT.heartbeat);
    if (beat !== this.#beat) {
      this.#beat = beat;
      this.#beatAt = now;
    }
    return now - this.#beatAt;
  }

  #stopped(cause: string, events: ThreadEvents): void {
    if (this.dead) return;
    this.dead = true;
    events.stopped(cause);
  }
}
