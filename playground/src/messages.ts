// What the playground's parts say to each other. The editor page compiles in a worker of its own
// (compiler.worker.ts) and hands each script that compiles to the app page in its iframe, which
// runs the session in another worker (session.worker.ts): a run that spins never holds the
// editor, and the compiler never waits for a run.
import type { Diagnostic, SessionSnapshot } from "@rivulet/runtime";

/** The specifier the compiler writes for "rivulet"; the session worker puts its own module there. */
export const RIVULET_SPECIFIER = "rivulet:st";
/** The one it writes for "rivulet/data" (the data support, in a module that may write data): the worker loads its own. */
export const DATA_SPECIFIER = "rivulet:data";

/** The script's name, in diagnostics and stack frames. */
export const SCRIPT_FILE = "app.ts";

/** Editor page → compiler worker. */
export interface CompileRequest {
  id: number;
  source: string;
}

/** A compiled script: its module, and the source map back to the editor's text. */
export interface CompiledScript {
  code: string;
  map: object | null;
}

/** Compiler worker → editor page: the compiled module (null when it does not compile) and what the compiler says. */
export interface CompileReply {
  id: number;
  script: CompiledScript | null;
  diagnostics: Diagnostic[];
}

/** Editor page → app page (window.postMessage): run this script, keeping the session's state. */
export interface ScriptMessage {
  type: "script";
  script: CompiledScript;
}

/** An uncaught exception of a run, where the script threw it (the editor marks the line). */
export interface RunError {
  line: number;
  column: number;
  message: string;
}

/** App page → session worker: through postMessage, or the shared inbox (app/sharedInbox.ts) when the page is cross-origin isolated. */
export type ToSession =
  | ScriptMessage
  | { type: "client"; data: string }
  /**
   * A worker started again after the last one was stuck: its session starts from `snapshot`, and
   * when `idle` (the user stopped the run) its first run shows nothing, rather than loop again.
   */
  | { type: "restore"; snapshot: SessionSnapshot | null; idle: boolean };

/** App page → session worker, through postMessage only. */
export type ToWorker =
  | ToSession
  /** Shared memory: the attention flag the page raises, and the inbox it writes messages to. */
  | { type: "shared"; flag: SharedArrayBuffer; inbox: SharedArrayBuffer }
  /** What the page says of itself, for st.context (the runtime's pageSaid checks it): first of all. */
  | { type: "context"; said: Record<string, unknown> }
  /** Something is in the inbox (a worker that is not in a run reads it now). */
  | { type: "wake" }
  /** A file the page's picker (or camera, or microphone) gave: the widget's value names it by `id` once the worker has it. */
  | { type: "upload"; file: { id: string; name: string; type: string; bytes: ArrayBuffer } };

/** Session worker → app page. */
export type FromSession =
  | { type: "server"; data: string }
  | { type: "data"; frame: ArrayBuffer }
  /** The compiled script did not load (an import the playground cannot give, a throw at its top level). */
  | { type: "loadFailed"; message: string }
  /** The session's state after a run: where a worker started again begins. */
  | { type: "snapshot"; snapshot: SessionSnapshot }
  /** A media file its nodes name (st.image of bytes, a download), before the patch that names it. */
  | { type: "media"; id: string; mime: string; bytes: ArrayBuffer }
  /** Media files no node names any more. */
  | { type: "mediaReleased"; ids: string[] }
  /** The session has the upload `id`: the page may send the value that names it. */
  | { type: "uploaded"; id: string }
  /** After each run: the exceptions its page shows now, with their place in the script. */
  | { type: "runErrors"; errors: RunError[] };
