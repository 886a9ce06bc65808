// Session workers seen from the main thread: a few threads, each hosting many sessions. The
// main thread keeps the sockets and hands each message to the worker of its session, then
// raises that worker's attention flag, so a run busy in a loop takes the message in at its
// next checkpoint (an interruption, or another session served in the meantime).

import { availableParallelism } from "node:os";
import { MessageChannel, Worker } from "node:worker_threads";
import type { FromWorker, LoadError, ModuleRequest, ModuleResponse, OpenOptions, ScriptSource, ToWorker, WorkerData } from "./messages.ts";

const WORKER_FILE = new URL("./sessionWorker.js", import.meta.url);

export interface PoolOptions {
  /** Threads to run sessions on; by default one per core, at least one. */
  threads?: number;
  /** Answers the workers' module runners (ScriptSource kind "module"): Vite's fetchModule. */
  modules?: (payload: unknown) => Promise<unknown>;
}

/** How loading a script went: the first worker's error, or the files the script evaluated. */
export type LoadOutcome = { error: LoadError; files: [] } | { error: null; files: string[] };

/** A session living in a worker: what a transport needs of it. */
export interface RemoteSession {
  readonly sid: number;
  receive(raw: string): void;
  dispose(): void;
}

interface Thread {
  readonly worker: Worker;
  readonly attention: Int32Array;
  sessions: number;
  /** Resolves the pending `script` load of this thread. */
  loaded: ((outcome: LoadOutcome) => void) | null;
}

export class WorkerPool {
  private readonly threads: Thread[];
  private readonly senders = new Map<number, (json: string) => void>();
  private readonly threadOf = new Map<number, Thread>();
  private nextSid = 0;

  constructor(private readonly options: PoolOptions = {}) {
    const count = Math.max(1, options.threads ?? availableParallelism());
    this.threads = Array.from({ length: count }, () => this.startThread());
  }

  /** Loads (or reloads) the script in every worker; sessions rerun with their state kept. */
  async setScript(source: ScriptSource): Promise<LoadOutcome> {
    const outcomes = await Promise.all(
      this.threads.map(
        (thread) =>
          new Promise<LoadOutcome>((resolve) => {
            thread.loaded = resolve;
            this.post(thread, { t: "script", source });
          }),
      ),
    );
    return outcomes.find((outcome) => outcome.error !== null) ?? outcomes[0]!;
  }

  /** Opens a session on the least busy worker; `send` gets its ServerMessages as JSON. */
  open(appName: string, send: (json: string) => void, options: OpenOptions = {}): RemoteSession {
    const sid = ++this.nextSid;
    const thread = this.threads.reduce((a, b) => (b.sessions < a.sessions ? b : a));
    thread.sessions++;
    this.senders.set(sid, send);
    this.threadOf.set(sid, thread);
    this.post(thread, { t: "open", sid, appName, options });
    return {
      sid,
      receive: (raw) => this.post(thread, { t: "recv", sid, raw }),
      dispose: () => {
        if (!this.senders.delete(sid)) return;
        thread.sessions--;
        this.threadOf.delete(sid);
        this.post(thread, { t: "close", sid });
      },
    };
  }

  async close(): Promise<void> {
    this.senders.clear();
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
  }

  private startThread(): Thread {
    const attention = new SharedArrayBuffer(4);
    const { port1: modules, port2: workerModules } = new MessageChannel();
    const worker = new Worker(WORKER_FILE, {
      workerData: { attention, modules: workerModules } satisfies WorkerData,
      transferList: [workerModules],
    });
    const thread: Thread = { worker, attention: new Int32Array(attention), sessions: 0, loaded: null };
    worker.on("message", (message: FromWorker) => {
      if (message.t === "send") this.senders.get(message.sid)?.(message.json);
      else {
        thread.loaded?.(message.error === null ? { error: null, files: message.files } : { error: message.error, files: [] });
        thread.loaded = null;
      }
    });
    modules.on("message", ({ id, payload }: ModuleRequest) => {
      const answer = this.options.modules?.(payload) ?? Promise.resolve({ error: new Error("this pool loads no modules") });
      void answer.then((response) => modules.postMessage({ id, response } satisfies ModuleResponse));
    });
    modules.unref();
    // A worker that dies takes its sessions with it; say so rather than fail silently.
    worker.on("error", (error) => console.error("[rivulet] a session worker failed:", error));
    return thread;
  }

  private post(thread: Thread, message: ToWorker): void {
    thread.worker.postMessage(message);
    // After the post: a checkpoint that sees the flag finds the message already queued.
    Atomics.store(thread.attention, 0, 1);
  }
}
