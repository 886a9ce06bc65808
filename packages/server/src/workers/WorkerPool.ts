// Session workers seen from the main thread: a few threads, each hosting many sessions. The
// main thread keeps the sockets and hands each message to the worker of its session, then
// raises that worker's attention flag, so a run busy in a loop takes the message in at its
// next checkpoint (an interruption, or another session served in the meantime).
//
// A thread can be lost: it dies (a script called `process.exit()`, ran out of memory), or it is
// stuck in code no checkpoint reaches (a loop in a module the compiler did not see, a library's
// long call) and the watchdog stops it. The session whose run was on its stack ends with a clear
// message; every other session of the thread starts again on a new thread from its state after
// its last completed run (its snapshot), or is told why it could not be moved.

import { availableParallelism } from "node:os";
import { FRAME_MS, NO_SECRETS, type SecretsSource, type SnapshotResult, type ServerMessage } from "@rivulet/runtime";
import { loadSecrets, type SecretsLocations } from "../secrets/loadSecrets.ts";
import { SLOT, type FromWorker, type OpenOptions, type ScriptSource, type ThreadMemory } from "./messages.ts";
import { SessionThread, type Load, type LoadOutcome } from "./thread.ts";
import { DataCacheHost } from "../cache/host.ts";
import { MediaFiles } from "../media/MediaFiles.ts";

export type { LoadOutcome } from "./thread.ts";

/**
 * Threads that stop one after another with no `setScript` in between are replaced with the
 * script this many times per thread; then without it (a module that ends its thread from a
 * timer once loaded would otherwise restart forever), and a thread with no script that stops
 * (one that cannot even start) is not replaced.
 */
const RESTARTS_PER_THREAD = 3;

const NO_MEMORY: ThreadMemory = { heapUsed: 0, heapTotal: 0, external: 0, sessions: 0 };

/** The least a thread loading a script (and in no run) may be silent before it counts as stuck. */
const LOAD_GRACE_MS = 5_000;
/** A thread that has not shown a heartbeat for this long gets no new sessions while others do. */
const UNRESPONSIVE_MS = 1000;

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
  /**
   * How long a thread may run code that reaches no checkpoint (so serves none of its sessions)
   * before the watchdog stops it, in milliseconds. 10 s by default.
   */
  stuckAfterMs?: number;
  /** The session worker module (a bundled server has its own); the package's by default. */
  workerFile?: URL;
  /**
   * Where st.cacheData's `persist: "disk"` entries are kept (the app's `.rivulet/cache/data`);
   * without one they are kept in memory only.
   */
  cacheDir?: string;
  /**
   * Where st.secrets comes from: the project's `.rivulet/secrets.toml` and the user's
   * `~/.rivulet/secrets.toml` (`SecretsLocations`), or secrets given as they are. None when absent.
   */
  secrets?: SecretsLocations | SecretsSource;
  /** The project's folder: where st.connection("sql") keeps its default SQLite file (the current directory by default). */
  project?: string;
}

/** A session living in a worker: what a transport needs of it. */
export interface RemoteSession {
  readonly sid: number;
  receive(raw: string): void;
  /** Its page came back after its socket dropped: the session sends it the whole page. */
  resync(): void;
  /** A file its page uploaded, for the session's file uploaders (moved to its thread, not copied). */
  upload(file: { id: string; name: string; type: string; bytes: Uint8Array }): void;
  dispose(): void;
}

/** How a thread was lost: for the log, for the page of the session on its stack, and whether its pending loads may go on elsewhere. */
interface Loss {
  reason: string;
  culprit: string;
  retryLoads: boolean;
}

interface SessionRecord {
  readonly sid: number;
  readonly appName: string;
  readonly options: OpenOptions;
  /** Its ServerMessages as JSON text, and its binary frames of data. */
  readonly send: (data: string | Uint8Array) => void;
  /** Told when the pool ends the session (its page has been sent why). */
  readonly ended: ((why: string) => void) | undefined;
  thread: SessionThread;
  /** Its state after its last completed run (none before the first). */
  snapshot: SnapshotResult | undefined;
}

export class WorkerPool {
  private readonly threads: SessionThread[];
  private readonly sessions = new Map<number, SessionRecord>();
  private readonly log: (text: string) => void;
  private readonly stuckAfterMs: number;
  private nextSid = 0;
  private nextLoad = 0;
  private nextQuery = 0;
  /** Answers awaited from the threads ("memory"), by id. */
  private readonly queries = new Map<number, { thread: SessionThread; answer: (usage: ThreadMemory) => void }>();
  /** Threads replaced since the last `setScript`. */
  private restarts = 0;
  private closed = false;
  /** A frame apart: busy threads are asked to show progress, and the watchdog looks. */
  private readonly ticker: ReturnType<typeof setInterval>;
  /** st.cacheData's entries for every thread: one computation per key for the server. */
  readonly dataCache: DataCacheHost;
  /** The media files of its sessions, served at `<base>_rivulet/media/<id>`. */
  readonly media = new MediaFiles();
  /** What st.secrets reads on every thread (threads started later get it too). */
  private secrets: SecretsSource;

  constructor(private readonly options: PoolOptions = {}) {
    this.dataCache = new DataCacheHost(options.cacheDir ?? null, options.log ?? ((text) => console.error(text)));
    this.secrets = options.secrets === undefined ? NO_SECRETS : "kind" in options.secrets ? options.secrets : loadSecrets(options.secrets);
    this.log = options.log ?? ((text) => console.error(text));
    this.stuckAfterMs = options.stuckAfterMs ?? 10_000;
    const count = Math.max(1, options.threads ?? availableParallelism());
    this.threads = Array.from({ length: count }, () => this.startThread(null));
    this.ticker = setInterval(() => this.tick(), FRAME_MS);
    this.ticker.unref();
  }

  /** Loads (or reloads) the script in every worker; sessions rerun with their state kept. */
  async setScript(source: ScriptSource): Promise<LoadOutcome> {
    this.restarts = 0;
    const id = ++this.nextLoad;
    const outcomes = await Promise.all(this.threads.map((thread) => thread.load(id, source)));
    return outcomes.find((outcome) => outcome.error !== null) ?? outcomes[0]!;
  }

  /**
   * Opens a session on the least busy worker; `send` gets its ServerMessages as JSON, `ended`
   * hears when the pool ends it (after its page was sent why).
   */
  open(appName: string, send: (data: string | Uint8Array) => void, options: OpenOptions = {}, ended?: (why: string) => void): RemoteSession {
    const sid = ++this.nextSid;
    const thread = this.placeFor();
    if (thread === undefined) {
      // Only when threads kept stopping and were not replaced (see `lost`).
      queueMicrotask(() => send(sessionEnded("no session worker is running")));
    } else {
      const record: SessionRecord = { sid, appName, options, send, ended, thread, snapshot: undefined };
      this.sessions.set(sid, record);
      thread.sids.add(sid);
      thread.post({ t: "open", sid, appName, options });
    }
    // A session that ended is forgotten: what its page still sends goes nowhere.
    return {
      sid,
      receive: (raw) => this.sessions.get(sid)?.thread.post({ t: "recv", sid, raw }),
      resync: () => this.sessions.get(sid)?.thread.post({ t: "resync", sid }),
      // The bytes move to the thread: the main thread keeps no copy.
      upload: (file) => this.sessions.get(sid)?.thread.post({ t: "upload", sid, file }, [file.bytes.buffer as ArrayBuffer]),
      dispose: () => {
        const record = this.sessions.get(sid);
        if (record === undefined) return;
        this.forget(record);
        record.thread.post({ t: "close", sid });
      },
    };
  }

  /**
   * How much memory each thread holds, and the sessions on it. With `gc` (and Node started with
   * `--expose-gc`) each thread collects first: what is left is what it keeps.
   */
  memory(options: { gc?: boolean } = {}): Promise<ThreadMemory[]> {
    return Promise.all(
      this.threads.map((thread) => {
        if (thread.dead) return NO_MEMORY;
        const id = ++this.nextQuery;
        return new Promise<ThreadMemory>((answer) => {
          this.queries.set(id, { thread, answer });
          thread.post({ t: "memory", id, gc: options.gc ?? false });
        });
      }),
    );
  }

  /** Resolves true once no session of any thread is in a run, or false after `timeoutMs`. */
  async whenIdle(timeoutMs: number): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    while (this.threads.some((thread) => !thread.dead && thread.busy)) {
      if (performance.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return true;
  }

  /**
   * Reads the secrets files again (one changed): st.secrets reads the new values from the next
   * run on. Without files (secrets given as they are), gives `source` instead.
   */
  reloadSecrets(source?: SecretsSource): SecretsSource {
    const from = this.options.secrets;
    this.secrets = source ?? (from !== undefined && !("kind" in from) ? loadSecrets(from) : this.secrets);
    for (const thread of this.threads) if (!thread.dead) thread.post({ t: "secrets", secrets: this.secrets });
    return this.secrets;
  }

  /** Sessions open, and threads running. */
  get stats(): { sessions: number; threads: number } {
    return { sessions: this.sessions.size, threads: this.threads.filter((t) => !t.dead && !t.parked).length };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.ticker);
    this.sessions.clear();
    // Nothing waits on a pool that is gone: loads and queries in flight settle now.
    const error = { message: "The session workers were stopped (the server is shutting down).", stack: "" };
    for (const thread of this.threads) {
      for (const load of thread.loads.values()) load.settle({ error, files: [] });
      thread.loads.clear();
    }
    for (const query of this.queries.values()) query.answer(NO_MEMORY);
    this.queries.clear();
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
  }

  /** The least busy live thread with a script, preferring responsive ones. */
  private placeFor(): SessionThread | undefined {
    const now = performance.now();
    const cost = (thread: SessionThread) =>
      thread.dead || thread.parked ? Infinity : thread.sids.size + (thread.silentFor(now) > UNRESPONSIVE_MS ? 1e9 : 0);
    const best = this.threads.reduce((a, b) => (cost(b) < cost(a) ? b : a));
    return cost(best) === Infinity ? undefined : best;
  }

  private tick(): void {
    const now = performance.now();
    for (const thread of [...this.threads]) {
      if (thread.dead) continue;
      // A run in a long stretch without an await then sends what it wrote (`Session.flushIfDue`).
      if (thread.busy) Atomics.store(thread.shared, SLOT.attention, 1);
      const silent = thread.silentFor(now);
      // A thread loading a script with no run in progress is evaluating modules (a new thread's
      // first load includes the runtime and apache-arrow, slow on a loaded machine): it gets a
      // few seconds at least, so a replacement is not stopped while it boots. A module that
      // never finishes loading is still stopped, later.
      const limit = thread.loads.size > 0 && !thread.busy ? Math.max(this.stuckAfterMs, LOAD_GRACE_MS) : this.stuckAfterMs;
      if (silent > limit) this.stopStuck(thread, silent);
    }
  }

  private stopStuck(thread: SessionThread, silentMs: number): void {
    const seconds = Math.round(silentMs / 1000);
    this.log(`[rivulet] a session worker ran ${seconds} s without reaching a checkpoint: stopping it.`);
    thread.dead = true;
    void thread.worker.terminate();
    const culprit =
      `its run went ${seconds} s without reaching a checkpoint (a loop or a long call in code the compiler did not see, ` +
      `such as an imported module or a library), which holds every session of its thread, so the thread was stopped`;
    this.lost(thread, { reason: `it was stuck for ${seconds} s`, culprit, retryLoads: thread.culprit !== 0 });
  }

  private startThread(current: ScriptSource | null): SessionThread {
    const thread: SessionThread = new SessionThread(current, {
      message: (message) => this.fromWorker(message),
      loaded: (load, outcome) => {
        // A thread that loaded and ran is a fresh start: only deaths before that count as a loop.
        if (outcome.error === null) this.restarts = 0;
        load.settle(outcome);
      },
      stopped: (cause) => {
        if (this.closed) return;
        const reason = cause.split("\n")[0]!;
        this.log(`[rivulet] a session worker stopped (${cause}).`);
        this.lost(thread, { reason: `it stopped (${reason})`, culprit: `the worker running it stopped (${reason})`, retryLoads: false });
      },
      modules: (payload) => this.options.modules?.(payload) ?? Promise.resolve({ error: new Error("this pool loads no modules") }),
      cache: (cacheThread, request) => this.dataCache.receive(cacheThread, request),
    }, { secrets: this.secrets, project: this.options.project ?? process.cwd() }, this.options.workerFile);
    this.dataCache.attach(thread.cache);
    if (current !== null) void thread.load(++this.nextLoad, current);
    return thread;
  }

  private fromWorker(message: FromWorker): void {
    if (message.t === "send") return this.sessions.get(message.sid)?.send(message.json);
    if (message.t === "data") return this.sessions.get(message.sid)?.send(message.frame);
    if (message.t === "media") return this.sessions.has(message.sid) ? this.media.put(message.sid, message.id, message.mime, message.bytes) : undefined;
    if (message.t === "mediaReleased") return this.media.release(message.sid, message.ids);
    if (message.t === "mediaExpected") return this.sessions.has(message.sid) ? this.media.expect(message.sid, message.id) : undefined;
    if (message.t === "log") return this.log(message.text);
    if (message.t === "memory") {
      this.queries.get(message.id)?.answer(message.usage);
      this.queries.delete(message.id);
      return;
    }
    if (message.t === "snapshot") {
      const record = this.sessions.get(message.sid);
      if (record !== undefined) record.snapshot = message.snapshot;
    }
  }

  /**
   * A thread is gone. Its loads settle (or, when it was stuck in a run with loads waiting
   * behind it, go to its replacement), the session on its stack ends with `culprit`, and the
   * others move to the replacement, or end when they cannot.
   */
  private lost(thread: SessionThread, why: Loss): void {
    // What it was computing for st.cacheData goes to the threads waiting for it.
    this.dataCache.detach(thread.cache);
    for (const [id, query] of this.queries) {
      if (query.thread !== thread) continue;
      this.queries.delete(id);
      query.answer(NO_MEMORY);
    }
    const pending = [...thread.loads];
    thread.loads.clear();
    const replacement = this.closed ? undefined : this.replace(thread);
    for (const [id, load] of pending) {
      if (why.retryLoads && replacement !== undefined) this.retryLoad(replacement, id, load);
      else load.settle({ error: { message: `The session worker stopped while loading the script (${why.reason.replace(/^it /, "")}).`, stack: why.reason }, files: [] });
    }
    if (!this.closed) this.rehome(thread, why, replacement);
  }

  /** The sessions of a lost thread: the one on its stack ends, the others move if they can. */
  private rehome(thread: SessionThread, why: Loss, replacement: SessionThread | undefined): void {
    const culprit = thread.culprit;
    if (culprit === 0) this.log("[rivulet] no session's run was on the stopped thread: every session of it moves.");
    let moved = 0;
    for (const sid of [...thread.sids]) {
      const record = this.sessions.get(sid);
      if (record === undefined) continue;
      if (sid === culprit) {
        this.end(record, why.culprit);
        continue;
      }
      const target = replacement ?? this.placeFor();
      if (target === undefined) this.end(record, `the worker running it stopped and no other is running (${why.reason})`);
      else if (record.snapshot?.ok === false) this.end(record, `its worker stopped (${why.reason}), and its state could not be moved: ${record.snapshot.why}`);
      else {
        this.move(record, target);
        moved++;
      }
    }
    thread.sids.clear();
    if (moved > 0) this.log(`[rivulet] ${moved} session${moved === 1 ? "" : "s"} moved to a new worker with their state.`);
  }

  /** A new thread in place of `thread` running its script, or none when threads keep stopping. */
  private replace(thread: SessionThread): SessionThread | undefined {
    const index = this.threads.indexOf(thread);
    if (++this.restarts <= RESTARTS_PER_THREAD * this.threads.length) {
      return (this.threads[index] = this.startThread(thread.current));
    }
    if (thread.current !== null) {
      this.log("[rivulet] session workers keep stopping: the new one waits for the next script change to load it.");
      const parked = this.startThread(null);
      // No script and none coming until `setScript`: a session sent there would wait forever.
      parked.parked = true;
      this.threads[index] = parked;
    } else {
      this.log("[rivulet] session workers keep stopping: this one is not replaced.");
    }
    return undefined;
  }

  private retryLoad(thread: SessionThread, id: number, load: Load): void {
    void thread.load(id, load.source).then(load.settle);
  }

  /** The session starts again on `target` from its last snapshot; its page keeps its socket. */
  private move(record: SessionRecord, target: SessionThread): void {
    record.thread = target;
    target.sids.add(record.sid);
    const restore = record.snapshot?.ok ? record.snapshot.snapshot : undefined;
    target.post({ t: "open", sid: record.sid, appName: record.appName, options: { ...record.options, ...(restore ? { restore } : {}) } });
  }

  private end(record: SessionRecord, why: string): void {
    this.forget(record);
    record.send(sessionEnded(why));
    record.ended?.(why);
  }

  private forget(record: SessionRecord): void {
    record.thread.sids.delete(record.sid);
    this.sessions.delete(record.sid);
    this.media.dropOwner(record.sid);
  }
}

/** What the page of a session that is gone is told. */
function sessionEnded(why: string): string {
  return JSON.stringify({
    type: "error",
    message: `This page's session has ended: ${why}. Reload the page to start a new session.`,
  } satisfies ServerMessage);
}
