// Session workers seen from the main thread: a few threads, each hosting many sessions. The
// main thread keeps the sockets and hands each message to the worker of its session, then
// raises that worker's attention flag, so a run busy in a loop takes the message in at its
// next checkpoint (an interruption, or another session served in the meantime).

import { availableParallelism } from "node:os";
import { MessageChannel, Worker } from "node:worker_threads";
import type { ServerMessage } from "@rivulet/runtime";
import { FRAME_MS } from "@rivulet/runtime";
import { SHARED_SLOTS, SLOT, type FromWorker, type LoadError, type ModuleRequest, type ModuleResponse, type OpenOptions, type ScriptSource, type ToWorker, type WorkerData } from "./messages.ts";

const WORKER_FILE = new URL("./sessionWorker.js", import.meta.url);

/**
 * Threads that stop one after another with no `setScript` in between are replaced with the
 * script this many times per thread; then without it (a module that ends its thread from a
 * timer once loaded would otherwise restart forever), and a thread with no script that stops
 * (one that cannot even start) is not replaced.
 */
const RESTARTS_PER_THREAD = 3;

export interface PoolOptions {
  /** Threads to run sessions on; by default one per core, at least one. */
  threads?: number;
  /** Answers the workers' module runners (ScriptSource kind "module"): Vite's fetchModule. */
  modules?: (payload: unknown) => Promise<unknown>;
  /**
   * Where the pool reports what no page is told: errors a script threw outside any run (from a
   * timer, or a promise it did not await) and threads that stopped. `console.error` by default.
   */
  log?: (text: string) => void;
}

/** How loading a script went: the first worker's error, or the files the script evaluated. */
export type LoadOutcome = { error: LoadError; files: [] } | { error: null; files: string[] };

/** A session living in a worker: what a transport needs of it. */
export interface RemoteSession {
  readonly sid: number;
  receive(raw: string): void;
  /** Its page came back after its socket dropped: the session sends it the whole page. */
  resync(): void;
  dispose(): void;
}

interface Thread {
  readonly worker: Worker;
  /** Shared with the worker: see `SLOT`. */
  readonly shared: Int32Array;
  /** The sessions living on this thread. */
  readonly sids: Set<number>;
  /** Its loads in progress, by id: each settles with its own outcome. */
  readonly loads: Map<number, { source: ScriptSource; settle: (outcome: LoadOutcome) => void }>;
  /** The script its sessions run (the last source it loaded): what a replacement starts with. */
  current: ScriptSource | null;
  dead: boolean;
  /** Replaced after too many deaths, with no script: gets no sessions until `setScript`. */
  parked: boolean;
}

export class WorkerPool {
  private readonly threads: Thread[];
  private readonly senders = new Map<number, (json: string) => void>();
  private readonly threadOf = new Map<number, Thread>();
  private readonly log: (text: string) => void;
  private nextSid = 0;
  private nextLoad = 0;
  /** Threads replaced since the last `setScript`. */
  private restarts = 0;
  private closed = false;

  /** A frame apart, busy threads are asked to show what their runs wrote so far. */
  private readonly ticker: ReturnType<typeof setInterval>;

  constructor(private readonly options: PoolOptions = {}) {
    this.log = options.log ?? ((text) => console.error(text));
    const count = Math.max(1, options.threads ?? availableParallelism());
    this.threads = Array.from({ length: count }, () => this.startThread(null));
    this.ticker = setInterval(() => this.tick(), FRAME_MS);
    this.ticker.unref();
  }

  /** Loads (or reloads) the script in every worker; sessions rerun with their state kept. */
  async setScript(source: ScriptSource): Promise<LoadOutcome> {
    this.restarts = 0;
    const id = ++this.nextLoad;
    const outcomes = await Promise.all(this.threads.map((thread) => this.load(thread, id, source)));
    return outcomes.find((outcome) => outcome.error !== null) ?? outcomes[0]!;
  }

  /** Opens a session on the least busy worker; `send` gets its ServerMessages as JSON. */
  open(appName: string, send: (json: string) => void, options: OpenOptions = {}): RemoteSession {
    const sid = ++this.nextSid;
    const busy = (thread: Thread) => (thread.dead || thread.parked ? Infinity : thread.sids.size);
    const thread = this.threads.reduce((a, b) => (busy(b) < busy(a) ? b : a));
    if (thread.dead || thread.parked) {
      // Only when threads kept stopping and were not replaced (see `died`).
      queueMicrotask(() => send(sessionEnded("no session worker is running")));
    } else {
      thread.sids.add(sid);
      this.senders.set(sid, send);
      this.threadOf.set(sid, thread);
      this.post(thread, { t: "open", sid, appName, options });
    }
    // A session whose thread died is forgotten: what its page still sends goes nowhere.
    return {
      sid,
      receive: (raw) => {
        const thread = this.threadOf.get(sid);
        if (thread !== undefined) this.post(thread, { t: "recv", sid, raw });
      },
      resync: () => {
        const thread = this.threadOf.get(sid);
        if (thread !== undefined) this.post(thread, { t: "resync", sid });
      },
      dispose: () => {
        const thread = this.threadOf.get(sid);
        if (thread === undefined) return;
        this.forget(sid, thread);
        this.post(thread, { t: "close", sid });
      },
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.ticker);
    this.senders.clear();
    this.threadOf.clear();
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
  }

  /**
   * A thread with a session in a run gets its attention raised: a run in a long stretch without
   * an await then sends what it wrote (`Session.flushIfDue`) at its next checkpoint.
   */
  private tick(): void {
    for (const thread of this.threads) {
      if (Atomics.load(thread.shared, SLOT.running) > 0) Atomics.store(thread.shared, SLOT.attention, 1);
    }
  }

  private load(thread: Thread, id: number, source: ScriptSource): Promise<LoadOutcome> {
    if (thread.dead) return Promise.resolve({ error: { message: "No session worker is running to load the script.", stack: "" }, files: [] });
    return new Promise((settle) => {
      thread.loads.set(id, { source, settle });
      this.post(thread, { t: "script", id, source });
    });
  }

  private startThread(current: ScriptSource | null): Thread {
    const shared = new SharedArrayBuffer(SHARED_SLOTS * Int32Array.BYTES_PER_ELEMENT);
    const { port1: modules, port2: workerModules } = new MessageChannel();
    const worker = new Worker(WORKER_FILE, {
      workerData: { shared, modules: workerModules } satisfies WorkerData,
      transferList: [workerModules],
    });
    const thread: Thread = { worker, shared: new Int32Array(shared), sids: new Set(), loads: new Map(), current, dead: false, parked: false };
    worker.on("message", (message: FromWorker) => {
      if (message.t === "send") return this.senders.get(message.sid)?.(message.json);
      if (message.t === "log") return this.log(message.text);
      const load = thread.loads.get(message.id);
      if (load === undefined) return;
      thread.loads.delete(message.id);
      // Loads run in order in the worker: the last one that succeeded is what it runs.
      if (message.error === null) {
        thread.current = load.source;
        // A thread that loaded and ran is a fresh start: only deaths before that count as a loop.
        this.restarts = 0;
        thread.parked = false;
      }
      load.settle(message.error === null ? { error: null, files: message.files } : { error: message.error, files: [] });
    });
    modules.on("message", ({ id, payload }: ModuleRequest) => {
      const answer = this.options.modules?.(payload) ?? Promise.resolve({ error: new Error("this pool loads no modules") });
      void answer.then((response) => modules.postMessage({ id, response } satisfies ModuleResponse));
    });
    modules.unref();
    // An uncaught error is followed by "exit"; the first of the two ends the thread for us.
    worker.on("error", (error) => this.died(thread, error.stack ?? String(error)));
    worker.on("exit", (code) => this.died(thread, `exit code ${code}`));
    if (current !== null) void this.load(thread, ++this.nextLoad, current);
    return thread;
  }

  /**
   * A thread stopped (a script called `process.exit()`, ran out of memory, or a bug of ours
   * threw): its loads fail, its pages are told to reload (their sessions, state and all, are
   * gone), and a new thread running the same script takes its place.
   */
  private died(thread: Thread, cause: string): void {
    if (thread.dead) return;
    thread.dead = true;
    const reason = cause.split("\n")[0]!;
    const error: LoadError = { message: `The session worker stopped while loading the script (${reason}).`, stack: cause };
    for (const load of thread.loads.values()) load.settle({ error, files: [] });
    thread.loads.clear();
    if (this.closed) return;
    const ended = sessionEnded(`the worker running it stopped (${reason})`);
    for (const sid of thread.sids) {
      const send = this.senders.get(sid);
      this.forget(sid, thread);
      send?.(ended);
    }
    this.log(`[rivulet] a session worker stopped (${cause}); its sessions have ended.`);
    if (++this.restarts <= RESTARTS_PER_THREAD * this.threads.length) {
      this.threads[this.threads.indexOf(thread)] = this.startThread(thread.current);
    } else if (thread.current !== null) {
      this.log("[rivulet] session workers keep stopping: the new one waits for the next script change to load it.");
      const parked = this.startThread(null);
      // No script and none coming until `setScript`: a session sent there would wait forever.
      parked.parked = true;
      this.threads[this.threads.indexOf(thread)] = parked;
    } else {
      this.log("[rivulet] session workers keep stopping: this one is not replaced.");
    }
  }

  private forget(sid: number, thread: Thread): void {
    thread.sids.delete(sid);
    this.senders.delete(sid);
    this.threadOf.delete(sid);
  }

  private post(thread: Thread, message: ToWorker): void {
    thread.worker.postMessage(message);
    // After the post: a checkpoint that sees the flag finds the message already queued.
    Atomics.store(thread.shared, SLOT.attention, 1);
  }
}

/** What the page of a session that is gone is told. */
function sessionEnded(why: string): string {
  return JSON.stringify({
    type: "error",
    message: `This page's session has ended: ${why}. Reload the page to start a new session.`,
  } satisfies ServerMessage);
}
