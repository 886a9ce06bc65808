// What the main thread and a session worker say to each other. The main thread owns the
// sockets; a worker owns the sessions (their scripts, trees and state) and runs them.

import type { MessagePort } from "node:worker_threads";
import type { PageContext, SecretsSource, SessionSnapshot, SnapshotResult } from "@rivulet/runtime";
import type { CompiledScript } from "../script/compileScript.ts";

/** Where workers get the script from. */
export type ScriptSource =
  /** Compiled by the main thread (`compileScript`): tools, bench, a production server. */
  | { kind: "compiled"; script: CompiledScript }
  /**
   * A module id a module runner in the worker imports, asking the main thread for each module
   * (Vite's dev server: its transforms, the user's own TypeScript imports).
   */
  | { kind: "module"; entry: string }
  /**
   * A built app module (`vite build`): imported as it is, its stack traces mapped by Node
   * through its source map; `file` is the user's script as frames name it.
   */
  | { kind: "file"; url: string; file: string };

/** What a session starts from, besides the script. */
export interface OpenOptions {
  /** The page URL's query string (`st.queryParams`). */
  queryString?: string;
  /** What the widget values its page sends may take in all, in bytes. */
  maxPageValueBytes?: number;
  /** Start from the state a session had on a thread that is gone. */
  restore?: SessionSnapshot;
  /** What st.context tells of the page. */
  context?: PageContext;
}

/** An error as it crosses threads: what Vite's overlay shows of it. */
export interface LoadError {
  message: string;
  stack: string;
  id?: string;
  frame?: string;
  plugin?: string;
  loc?: { file?: string; line: number; column: number };
}

export type ToWorker =
  /** Load `source` (loads happen one after another, in order); answered by "loaded" with the same id. */
  | { t: "script"; id: number; source: ScriptSource }
  | { t: "open"; sid: number; appName: string; options: OpenOptions }
  /** One raw WebSocket message for a session. */
  | { t: "recv"; sid: number; raw: string }
  | { t: "close"; sid: number }
  /** The session's page came back after its socket dropped: send it the whole page. */
  | { t: "resync"; sid: number }
  /** A file the session's page uploaded: its bytes are moved to the thread (transferred). */
  | { t: "upload"; sid: number; file: { id: string; name: string; type: string; bytes: Uint8Array } }
  /** How much memory the thread holds (after a full collection, when `gc` and the thread can). */
  | { t: "memory"; id: number; gc: boolean }
  /** The app's secrets, loaded anew (a secrets file changed): what st.secrets reads from now on. */
  | { t: "secrets"; secrets: SecretsSource };

export type FromWorker =
  /** A ServerMessage for the session's page, already JSON. */
  | { t: "send"; sid: number; json: string }
  /** A binary frame of data the session's nodes name (runtime wire/binaryFrame.ts): sent to its page as it is. */
  | { t: "data"; sid: number; frame: Uint8Array }
  /** A media file the session's nodes name, for the main thread to serve over HTTP (media/MediaFiles.ts). */
  | { t: "media"; sid: number; id: string; mime: string; bytes: Uint8Array }
  /** Media files no node of the session names any longer. */
  | { t: "mediaReleased"; sid: number; ids: string[] }
  /** A file whose bytes will follow (a Blob being read): sent before the patch that names it. */
  | { t: "mediaExpected"; sid: number; id: string }
  /** The result of the `script` message with this id: the files it evaluated, or why it failed. */
  | { t: "loaded"; id: number; error: LoadError | null; files: string[] }
  /** A line for the server's log: an error a script threw outside any run. */
  | { t: "log"; text: string }
  /** The answer to "memory". */
  | { t: "memory"; id: number; usage: ThreadMemory }
  /** The session's state after a completed run: what it starts from if its thread is lost. */
  | { t: "snapshot"; sid: number; snapshot: SnapshotResult };

/** A thread's memory, in bytes (V8's heap statistics). */
export interface ThreadMemory {
  heapUsed: number;
  heapTotal: number;
  external: number;
  sessions: number;
}

/** A module runner's request and the main thread's answer, on the worker's modules port. */
export interface ModuleRequest {
  id: number;
  payload: unknown;
}
export interface ModuleResponse {
  id: number;
  response: unknown;
}

/** The Int32 slots of a thread's shared state (`WorkerData.shared`). */
export const SLOT = {
  /** Raised by the main thread after posting a message, or a frame into a busy run: checkpoints notice it. */
  attention: 0,
  /** How many of the thread's sessions are in a run (the worker keeps it). */
  running: 1,
  /** Counts up while the thread is responsive: at every checkpoint that attends, and on a timer. */
  heartbeat: 2,
  /** The sid of the session whose run is on the thread's stack, or 0 (`reportRunsTo`). */
  onStack: 3,
  /** The sid of the only session in a run, or 0 when none or several are: who to blame when code stuck after an await. */
  soleRunning: 4,
} as const;
export const SHARED_SLOTS = 5;

/** What a worker is started with (`workerData`). */
export interface WorkerData {
  /** `SHARED_SLOTS` Int32s shared with the main thread (see `SLOT`). */
  shared: SharedArrayBuffer;
  /** Where the worker's module runner asks for modules (`ScriptSource` kind "module"). */
  modules: MessagePort;
  /** Where st.cacheData asks for the server's entries (packages/server/src/cache/). */
  cache: MessagePort;
  /** One Int32 the main thread raises after each answer it posts on `cache`. */
  cacheSignal: SharedArrayBuffer;
  /** What st.secrets reads (packages/server/src/secrets/). */
  secrets: SecretsSource;
  /** The project's folder: where st.connection("sql") keeps its default SQLite file. */
  project: string;
}
