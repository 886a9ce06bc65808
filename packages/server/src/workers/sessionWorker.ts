// A worker thread that hosts sessions. Runs happen here, so a script stuck in a loop holds this
// thread, not the server's: at every checkpoint of a busy run the worker takes in messages that
// arrived (`receiveMessageOnPort`), halts the busy session when its page asked for a new run,
// and serves the other sessions of this thread right there, inside the checkpoint.

import { parentPort, receiveMessageOnPort, workerData } from "node:worker_threads";
import { Session, describeThrown, preloadPages, forgetConnections, forgetDataEntries, guardStrayScriptErrors, provideSecrets, reportRunsTo, shareDataCaches, type Attention, type LoadedScript, type ScriptModule, type SecretsSource } from "@rivulet/runtime";
import { exportSecretsToEnv } from "../secrets/loadSecrets.ts";
import { installConnectionTypes } from "../connections/install.ts";
import { installLocalFiles } from "../media/install.ts";
import { setProjectDir } from "../connections/project.ts";
import { DataCacheClient } from "../cache/client.ts";
import { importScript } from "../script/importScript.ts";
import { toLoadError } from "./loadError.ts";
import { ModuleImporter } from "./moduleImporter.ts";
import { SLOT, type FromWorker, type ToWorker, type WorkerData } from "./messages.ts";

// A built app's stack traces point at the user's source through its source map.
process.setSourceMapsEnabled(true);
const port = parentPort!;
const data = workerData as WorkerData;
const shared = new Int32Array(data.shared);
// Checkpoints read slot 0 (SLOT.attention): the shared array is the flag.
const flag = shared;
const modules = new ModuleImporter(data.modules);
const sessions = new Map<number, Session>();
/** The sessions in a run: a frame into a busy run, the main thread raises attention so it can show progress. */
const running = new Set<Session>();
let script: LoadedScript | null = null;
/** Messages for sessions opened before the script loaded. */
let early: Extract<ToWorker, { sid: number }>[] = [];
/** The loads asked for, one after another: the last one asked for is the last applied. */
let loading = Promise.resolve();
/** How deep we are in checkpoints serving messages: nested sessions run synchronously. */
let attending = 0;

// The main thread's watchdog: a heartbeat while the thread is free, and the session on the stack
// when it is not (in shared memory, readable while this thread is stuck).
const beat = (): number => Atomics.add(shared, SLOT.heartbeat, 1);
setInterval(beat, 100).unref();
reportRunsTo(shared, SLOT.onStack);
// st.cacheData's entries are the server's, kept on the main thread (packages/server/src/cache/).
shareDataCaches(new DataCacheClient(data.cache, new Int32Array(data.cacheSignal), forgetDataEntries, beat));
useSecrets(data.secrets);
installConnectionTypes();
installLocalFiles();
setProjectDir(data.project);

/** What st.secrets reads from now on; root-level strings and numbers are environment variables too, as in Streamlit. */
function useSecrets(source: SecretsSource): void {
  provideSecrets(source);
  exportSecretsToEnv(source);
}

const attention: Attention = {
  flag,
  attend() {
    Atomics.store(flag, 0, 0);
    beat();
    attending++;
    try {
      for (let next = receiveMessageOnPort(port); next !== undefined; next = receiveMessageOnPort(port)) {
        handle(next.message as ToWorker);
      }
    } finally {
      attending--;
    }
    for (const session of running) session.flushIfDue();
  },
};

// An error a script throws outside any run (from a timer, or a promise it did not await) must
// not end this thread: every session on it would go. The main thread logs it instead.
guardStrayScriptErrors(process, {
  warn: (text) => post({ t: "log", text }),
  other: (reason) =>
    post({ t: "log", text: `[rivulet] the script threw outside any run (in a timer, or a promise it did not await): ${describe(reason)}` }),
});
port.on("message", (message: ToWorker) => handle(message));

function handle(message: ToWorker): void {
  switch (message.t) {
    case "script":
      // Inside a checkpoint a run holds the thread, and one stuck in a loop would hold it (and
      // the load, which is asynchronous) forever: halt every run in progress, so the stack
      // unwinds, and load on the next promise turn, once it has.
      if (attending > 0) for (const session of sessions.values()) session.interrupt();
      loading = loading.then(() => load(message));
      return;
    case "open":
      if (script === null) return void early.push(message);
      return open(message, script);
    case "recv": {
      const session = sessions.get(message.sid);
      if (session === undefined) {
        // Before the first load its "open" may be waiting here; after it, the session was closed.
        if (script === null) early.push(message);
        return;
      }
      session.receive(message.raw);
      // Inside another session's checkpoint no later turn comes until that loop ends: run now.
      if (attending > 0 && session.active === null) session.drainNow();
      return;
    }
    case "resync":
      if (script === null) return void early.push(message);
      return sessions.get(message.sid)?.resync();
    case "upload": {
      const session = sessions.get(message.sid);
      if (session === undefined && script === null) return void early.push(message);
      return session?.receiveUpload(message.file);
    }
    case "secrets":
      useSecrets(message.secrets);
      // Connections were made from the old secrets: the next st.connection makes them anew.
      return forgetConnections();
    case "memory": {
      if (message.gc) (globalThis as { gc?: () => void }).gc?.();
      const { heapUsed, heapTotal, external } = process.memoryUsage();
      return post({ t: "memory", id: message.id, usage: { heapUsed, heapTotal, external, sessions: sessions.size } });
    }
    case "close": {
      early = early.filter((pending) => pending.sid !== message.sid);
      const session = sessions.get(message.sid);
      session?.dispose();
      sessions.delete(message.sid);
      if (session !== undefined) setRunning(session, false);
      return;
    }
  }
}

function open({ sid, appName, options }: Extract<ToWorker, { t: "open" }>, loaded: LoadedScript): void {
  const session: Session = new Session({
    ...options,
    script: loaded,
    appName,
    attention,
    tag: sid,
    send: (m) => {
      if (m.type === "runStarted" || m.type === "runFinished") setRunning(session, m.type === "runStarted");
      post({ t: "send", sid, json: JSON.stringify(m) });
      if (m.type === "runFinished" && m.outcome === "completed") postSnapshot(sid, session);
    },
    sendData: (frame) => post({ t: "data", sid, frame }),
    media: {
      put: (id, mime, bytes) => post({ t: "media", sid, id, mime, bytes }),
      release: (ids) => post({ t: "mediaReleased", sid, ids }),
      expect: (id) => post({ t: "mediaExpected", sid, id }),
    },
  });
  sessions.set(sid, session);
  session.start();
  if (attending > 0) session.drainNow();
}

async function load(message: Extract<ToWorker, { t: "script" }>): Promise<void> {
  try {
    const { source } = message;
    const loaded =
      source.kind === "compiled"
        ? { script: await importScript(source.script), files: [] }
        : source.kind === "file"
          ? { script: await importBuilt(source.url, source.file), files: [] }
          : await modules.import(source.entry);
    script = loaded.script;
    for (const session of sessions.values()) session.setScript(loaded.script);
    for (const pending of early.splice(0)) handle(pending);
    post({ t: "loaded", id: message.id, error: null, files: loaded.files });
  } catch (thrown) {
    post({ t: "loaded", id: message.id, error: toLoadError(thrown), files: [] });
  }
}

/** The session's state after a completed run, for the main thread to start it again elsewhere. */
function postSnapshot(sid: number, session: Session): void {
  const snapshot = session.snapshot();
  try {
    post({ t: "snapshot", sid, snapshot });
  } catch (error) {
    // A value the check let through that still cannot be cloned.
    post({ t: "snapshot", sid, snapshot: { ok: false, why: `its state cannot be copied (${describeThrown(error).message})` } });
  }
}

function setRunning(session: Session, inRun: boolean): void {
  if (inRun) running.add(session);
  else running.delete(session);
  Atomics.store(shared, SLOT.running, running.size);
  Atomics.store(shared, SLOT.soleRunning, running.size === 1 ? running.values().next().value!.tag : 0);
}

/** A built app module; its stack frames are mapped by Node (source maps are on in this thread). */
async function importBuilt(url: string, file: string): Promise<LoadedScript> {
  const module = (await import(url)) as Partial<ScriptModule>;
  if (typeof module.default !== "function") throw new Error(`${url} is not a built Rivulet app: its default export is not a run function`);
  return { run: module.default, file, pages: await preloadPages(module) };
}

/** A thrown value for the log: an Error's stack, pointing at the user's lines when it can. */
function describe(thrown: unknown): string {
  const { type, message, stack, isError } = describeThrown(thrown);
  if (isError) {
    try {
      script?.fixStack?.(thrown as Error);
      const mapped: unknown = (thrown as Error).stack;
      if (typeof mapped === "string") return mapped;
    } catch {
      // Shown unmapped.
    }
  }
  return stack ?? `${type}: ${message}`;
}

function post(message: FromWorker): void {
  port.postMessage(message);
}
