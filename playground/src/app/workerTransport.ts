// The app page's transport to its session in a Web Worker (session.worker.ts), in place of the
// server's WebSocket: what the worker sends is checked as the page checks what a socket brings
// (parseServerMessage), then handed to the page's Session like a socket's.
//
// A run that never awaits holds the worker. Where the page is cross-origin isolated, messages go
// through shared memory (sharedInbox.ts) with the worker's attention flag raised, so the run's
// next checkpoint takes them in: Stop halts it, a click or a new script interrupts it; the flag
// is also raised every frame of a long run, so what it writes shows as it goes. Elsewhere a Stop
// (or a new script) that the run has not answered within a second ends the worker, and another
// starts from the session state the last one reported after its last run.
import type { ConnectionHandlers, Transport } from "../../../packages/ui/src/connection.ts";
import { parseServerMessage, type BlockNode, type ClientMessage } from "../../../packages/ui/src/wire.ts";
import type { Uploaded } from "../../../packages/ui/src/media/upload.ts";
import { pageSays } from "../../../packages/ui/src/pageContext.ts";
import type { SessionSnapshot } from "@rivulet/runtime";
import type { CompiledScript, FromSession, RunError, ToSession, ToWorker } from "../messages.ts";
import type { MediaObjects } from "./mediaObjects.ts";
import { SharedInbox, sharedInboxBuffer } from "./sharedInbox.ts";

/** Streamlit's default upload limit (the page checks a file against it before reading it). */
const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
/** How long a run may leave a Stop unanswered before its worker is ended (without shared memory). */
const UNSTICK_MS = 1000;
const STUCK =
  "The script never paused (a loop with no await), so its worker was ended, and the app restarted from the session state of its last run. Rerun it (R) or edit the script. (A page served cross-origin isolated stops such a loop in place: see the README.)";
/** How often a long run is asked to show what it wrote (the server's frame). */
const FRAME_MS = 100;

export class WorkerTransport implements Transport {
  readonly maxUploadBytes = MAX_UPLOAD_BYTES;
  /** Uploads the worker has yet to take, by id: a worker started in place of a stuck one is sent them again. */
  readonly #uploads = new Map<string, { file: Blob; name: string; taken: () => void; failed: (error: Error) => void }>();
  #worker: Worker | null = null;
  #shared: { flag: Int32Array; inbox: SharedInbox } | null = null;
  /** The run in progress, as the worker last said. */
  #running: number | null = null;
  #frames: ReturnType<typeof setInterval> | null = null;
  #unstick: ReturnType<typeof setTimeout> | null = null;
  /** What a worker started again begins from: the last script, the state after the last run. */
  #script: CompiledScript | null = null;
  #snapshot: SessionSnapshot | null = null;

  #ranOnce = false;

  constructor(
    private readonly makeWorker: () => Worker,
    private readonly on: ConnectionHandlers,
    private readonly told: {
      /** The script did not load: in words for the user. */
      loadFailed(message: string): void;
      /** The session's first run has ended. */
      ran(): void;
      /** A run has ended: the exceptions its page shows. */
      runErrors(errors: RunError[]): void;
      /** The session's media files, as they come and go. */
      media: MediaObjects;
    },
  ) {}

  open(): void {
    this.#startWorker();
    // The worker is the session's host and is there at once: no socket to wait for, no token.
    this.on.newSession(false);
    this.on.status("open");
  }

  close(): void {
    this.#idle();
    this.#worker?.terminate();
    this.#worker = null;
  }

  send(message: ClientMessage): boolean {
    this.#deliver({ type: "client", data: JSON.stringify(message) });
    if (message.type === "stop") this.#expectEnd("stop");
    return true;
  }

  /** The file's bytes go to the worker (moved, not copied); resolves once its session has them. */
  async upload(file: Blob, name: string, progress?: (sent: number) => void): Promise<Uploaded> {
    if (file.size > this.maxUploadBytes) throw new Error(`the file is larger than the ${this.maxUploadBytes / 1024 / 1024} MB a file may be`);
    const id = crypto.randomUUID();
    const taken = new Promise<void>((resolve, reject) => this.#uploads.set(id, { file, name, taken: resolve, failed: reject }));
    try {
      await Promise.all([this.#sendUpload(id, file, name), taken]);
    } finally {
      this.#uploads.delete(id);
    }
    progress?.(file.size);
    return { id, name, type: file.type, size: file.size };
  }

  async #sendUpload(id: string, file: Blob, name: string): Promise<void> {
    const worker = this.#worker;
    const bytes = await file.arrayBuffer();
    // Ended while the file was read: the worker started in its place is sent it (#startWorker).
    if (worker !== this.#worker) return;
    this.#post({ type: "upload", file: { id, name, type: file.type, bytes } }, [bytes]);
  }

  /** A script from the editor: the session reruns with it. */
  runScript(script: CompiledScript): void {
    this.#script = script;
    this.#deliver({ type: "script", script });
    this.#expectEnd("script");
  }

  #startWorker(restart?: { idle: boolean }): void {
    const worker = this.makeWorker();
    this.#worker = worker;
    worker.onmessage = (event: MessageEvent<FromSession>) => {
      if (this.#worker === worker) this.#receive(event.data);
    };
    if (typeof SharedArrayBuffer !== "undefined" && crossOriginIsolated) {
      const flag = new SharedArrayBuffer(4);
      const inbox = sharedInboxBuffer();
      this.#shared = { flag: new Int32Array(flag), inbox: new SharedInbox(inbox) };
      this.#post({ type: "shared", flag, inbox });
    }
    // What st.context tells: the page as it is now (a restarted worker's page may be another).
    this.#post({ type: "context", said: pageSays() });
    if (restart !== undefined) this.#post({ type: "restore", snapshot: this.#snapshot, idle: restart.idle });
    if (this.#script !== null) this.#post({ type: "script", script: this.#script });
    if (restart !== undefined) this.#resendUploads(restart.idle);
  }

  /**
   * Files the stuck worker never took: the worker started for a new script is sent them (its run
   * draws their uploader again, which then holds them). After a Stop the new session waits with
   * an empty page, whose uploaders are gone: their uploads end, and the banner says why.
   */
  #resendUploads(idle: boolean): void {
    for (const [id, { file, name, failed }] of this.#uploads) {
      if (!idle) {
        void this.#sendUpload(id, file, name);
        continue;
      }
      this.#uploads.delete(id);
      failed(new Error("the app was restarted before it took the file: pick it again"));
    }
  }

  #post(message: ToWorker, transfer: Transferable[] = []): void {
    this.#worker?.postMessage(message, transfer);
  }

  /** Through shared memory when there is some (a busy run takes it at its next checkpoint), else postMessage. */
  #deliver(message: ToSession): void {
    const shared = this.#shared;
    if (shared !== null && shared.inbox.push(JSON.stringify(message))) {
      Atomics.store(shared.flag, 0, 1);
      this.#post({ type: "wake" });
      return;
    }
    this.#post(message);
  }

  /** A run in progress should end soon (a Stop, a new script): without shared memory, one that does not is a stuck worker. */
  #expectEnd(reason: "stop" | "script"): void {
    if (this.#shared !== null || this.#running === null || this.#unstick !== null) return;
    const stuck = this.#running;
    this.#unstick = setTimeout(() => {
      this.#unstick = null;
      if (this.#running === stuck) this.#restart(stuck, reason);
    }, UNSTICK_MS);
  }

  /**
   * Ends the stuck worker and starts another from the state after the last run that ended: the
   * page is emptied and the run marked stopped. After a Stop the new session waits (a rerun or an
   * edit runs it); after a new script it runs that.
   */
  #restart(runId: number, reason: "stop" | "script"): void {
    this.#worker?.terminate();
    this.#idle();
    this.on.message({ type: "runFinished", runId, outcome: "stopped" });
    const empty = (): BlockNode => ({ kind: "block", block: "vertical", children: [] });
    this.on.message({ type: "page", roots: [empty(), empty()], run: null, query: this.#snapshot?.query ?? "", navigation: null });
    if (reason === "stop") this.on.refused(STUCK);
    this.#startWorker({ idle: reason === "stop" });
  }

  #idle(): void {
    this.#running = null;
    if (this.#frames !== null) clearInterval(this.#frames);
    this.#frames = null;
    if (this.#unstick !== null) clearTimeout(this.#unstick);
    this.#unstick = null;
  }

  #receive(message: FromSession): void {
    switch (message.type) {
      case "data":
        return this.on.data(message.frame);
      case "loadFailed":
        return this.told.loadFailed(message.message);
      case "snapshot":
        this.#snapshot = message.snapshot;
        return;
      case "runErrors":
        return this.told.runErrors(message.errors);
      case "uploaded":
        // `upload` forgets it once taken.
        return this.#uploads.get(message.id)?.taken();
      case "media":
        return this.told.media.put(message.id, message.mime, message.bytes);
      case "mediaReleased":
        return this.told.media.release(message.ids);
      case "server": {
        const parsed = parseServerMessage(message.data);
        if (!parsed.ok) {
          console.warn(`[rivulet] ignored a malformed message from the session: ${parsed.error}`);
          return;
        }
        for (const problem of parsed.problems) console.warn(`[rivulet] ${problem}`);
        const { message: received } = parsed;
        if (received.type === "runStarted") this.#started(received.runId);
        else if (received.type === "runFinished") this.#idle();
        this.on.message(received);
        if (received.type === "runFinished" && !this.#ranOnce) {
          this.#ranOnce = true;
          this.told.ran();
        }
        return;
      }
    }
  }

  #started(runId: number): void {
    this.#running = runId;
    const shared = this.#shared;
    if (shared !== null && this.#frames === null) this.#frames = setInterval(() => Atomics.store(shared.flag, 0, 1), FRAME_MS);
  }
}
