// The app's session, in a Web Worker: the runtime's own Session (the same code the server runs in
// its session threads), fed the page's messages and the editor's scripts. A script is imported
// as a module from a Blob URL; its `import … from "rivulet"` (written by the compiler as
// RIVULET_SPECIFIER) is a module of this worker's st API, so the script and the session share one
// runtime, and its `import "rivulet/data"` (DATA_SPECIFIER) waits for the worker's data support. A new script keeps the session's state, as the dev server's reload does.
//
// A run that never awaits holds this worker. Where the page is cross-origin isolated, it writes
// its messages to shared memory and raises the attention flag: the run's next checkpoint takes
// them in (a Stop halts it there, a click interrupts it). Elsewhere the page starts another worker
// from the state this one reported after its last run (app/workerTransport.ts).
import * as st from "@rivulet/runtime/st";
import { Session, UNKNOWN_CONTEXT, ownAttention, pageSaid, registerConnectionType, snapshot, type Attention, type ConnectionClass, type PageContext, type LoadedScript, type ScriptModule, type SecretsSource } from "@rivulet/runtime";
import { stackMapper } from "@rivulet/server/stack-mapper";
import { DATA_SPECIFIER, RIVULET_SPECIFIER, SCRIPT_FILE, type CompiledScript, type FromSession, type ToSession, type ToWorker } from "../messages.ts";
import { runErrorsIn } from "./runErrors.ts";
import { PlaygroundSQLConnection } from "./sql/sqlConnection.ts";
import { SharedInbox } from "./sharedInbox.ts";

// st.connection("sql"): SQLite in the page's memory (the server's drivers are Node's).
registerConnectionType("sql", PlaygroundSQLConnection as unknown as ConnectionClass);

const post = (message: FromSession, transfer: Transferable[] = []) => self.postMessage(message, transfer);

let session: Session | null = null;
/** st.context: what the page said of itself (no request, so no headers, cookies or address). */
let context: PageContext = UNKNOWN_CONTEXT;
let restore: Extract<ToSession, { type: "restore" }> | undefined;
/** What the page sent before the first script came (its first messages). */
const early: string[] = [];
/** Uploads before the session exists (it takes them when it starts). */
const uploads: Parameters<Session["receiveUpload"]>[0][] = [];
/** Scripts load one at a time, in the order they came. */
let loading: Promise<void> = Promise.resolve();
let inbox: SharedInbox | null = null;
/** Inside a checkpoint, a run holds the worker: a new script halts it and loads once it has unwound. */
let attending = 0;
let attention: Attention = ownAttention();

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case "shared": {
      const flag = new Int32Array(message.flag);
      inbox = new SharedInbox(message.inbox);
      attention = {
        flag,
        attend() {
          Atomics.store(flag, 0, 0);
          attending++;
          try {
            takeInbox();
          } finally {
            attending--;
          }
          session?.flushIfDue();
        },
      };
      return;
    }
    case "context":
      context = { ...UNKNOWN_CONTEXT, ...pageSaid(message.said) };
      return;
    case "wake":
      return takeInbox();
    case "upload": {
      const { id, name, type, bytes } = message.file;
      uploads.push({ id, name, type, bytes: new Uint8Array(bytes) });
      if (session !== null) for (const file of uploads.splice(0)) session.receiveUpload(file);
      post({ type: "uploaded", id });
      return;
    }
    default:
      return handle(message);
  }
};

function takeInbox(): void {
  for (const text of inbox?.drain() ?? []) handle(JSON.parse(text) as ToSession);
}

function handle(message: ToSession): void {
  switch (message.type) {
    case "client":
      if (session === null) return void early.push(message.data);
      session.receive(message.data);
      // Inside the run's checkpoint no later turn comes until it ends: a Stop or a rerun acts now.
      if (attending > 0 && session.active === null) session.drainNow();
      return;
    case "restore":
      restore = message;
      return;
    case "script":
      if (attending > 0) session?.interrupt();
      loading = loading.then(() => use(message.script));
      return;
  }
}

/**
 * st.secrets in the playground: there is no file to read. Its messages ("No secrets found. Valid
 * paths for a secrets.toml file are: …") say so in place of the files a server would have read.
 */
const NO_SECRETS_HERE: SecretsSource = {
  kind: "none",
  files: ["none in the playground, which runs in your browser with no server (run the app with `npx rivulet run`, which reads .rivulet/secrets.toml)"],
};

async function use(compiled: CompiledScript): Promise<void> {
  let script: LoadedScript;
  try {
    script = await load(compiled);
  } catch (error) {
    post({ type: "loadFailed", message: loadFailure(error) });
    return;
  }
  if (session !== null) return session.setScript(script);
  const created: Session = new Session({
    script: restore?.idle === true ? skippingFirstRun(script) : script,
    appName: "Rivulet playground",
    attention,
    context,
    secrets: NO_SECRETS_HERE,
    ...(restore?.snapshot != null ? { restore: restore.snapshot } : {}),
    send: (message) => post({ type: "server", data: JSON.stringify(message) }),
    sendData: (frame) => {
      const copy = frame.slice();
      post({ type: "data", frame: copy.buffer }, [copy.buffer]);
    },
    // Media files go to the page as bytes, which it serves itself as object URLs.
    media: {
      put: (id, mime, bytes) => {
        const copy = bytes.slice();
        post({ type: "media", id, mime, bytes: copy.buffer }, [copy.buffer]);
      },
      release: (ids) => post({ type: "mediaReleased", ids }),
      // A Blob's bytes follow once read, before the patch that names them is applied on the page.
      expect: () => {},
    },
    onRunFinished: () => {
      const taken = created.snapshot();
      if (taken.ok) post({ type: "snapshot", snapshot: taken.snapshot });
      post({ type: "runErrors", errors: runErrorsIn(created.roots.map(snapshot)) });
    },
  });
  session = created;
  for (const file of uploads.splice(0)) session.receiveUpload(file);
  session.start();
  for (const data of early.splice(0)) session.receive(data);
}

/** Why the script did not load, in words: an import other than rivulet is the usual reason here. */
function loadFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const specifier = /Failed to resolve module specifier ["']?([^"'\s]+)/.exec(message)?.[1];
  if (specifier === undefined) return message;
  return `it imports "${specifier}", and the playground runs scripts whose only import is "rivulet" (its page has no npm packages to load). Run it with \`npx rivulet run\` to use other packages.`;
}

/** The script, but its first run (the session's start, after a Stop ended a stuck worker) writes nothing. */
function skippingFirstRun(script: LoadedScript): LoadedScript {
  let skip = true;
  const run: LoadedScript["run"] = (rt) => {
    if (!skip) return script.run(rt);
    skip = false;
  };
  return { ...script, run };
}

/** Modules of this worker's own that compiled scripts import, by name: made once each. */
const ownModules = new Map<string, string>();

/** A module whose `source` reads `value`, which this worker puts in its global scope under `name`. */
function ownModule(name: string, value: () => unknown, source: (global: string) => string): string {
  let url = ownModules.get(name);
  if (url === undefined) {
    const key = `rivulet.playground.${name}`;
    (globalThis as Record<symbol, unknown>)[Symbol.for(key)] = value();
    url = URL.createObjectURL(new Blob([source(`globalThis[Symbol.for(${JSON.stringify(key)})]`)], { type: "text/javascript" }));
    ownModules.set(name, url);
  }
  return url;
}

/** What each specifier the compiler writes for ours stands for in this worker. */
const OWN_SPECIFIERS: [specifier: string, module: () => string][] = [
  // "rivulet": this worker's st API, export by export.
  [
    RIVULET_SPECIFIER,
    () =>
      ownModule("st", () => st, (global) => {
        const names = Object.keys(st).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
        return `const st = ${global};\nexport const { ${names.join(", ")} } = st;\n`;
      }),
  ],
  // "rivulet/data", in a script that may write data: it waits for this worker's own data support
  // (Apache Arrow, a chunk of its own), loaded the first time a script needs it, so an app without
  // data never downloads it.
  [DATA_SPECIFIER, () => ownModule("data", () => () => import("@rivulet/runtime/data"), (global) => `await ${global}();\n`)],
];

/** The script as a module of its own URL; its stack frames mapped back to the editor's lines. */
async function load({ code, map }: CompiledScript): Promise<LoadedScript> {
  let linked = code;
  for (const [specifier, module] of OWN_SPECIFIERS) {
    const quoted = JSON.stringify(specifier);
    if (linked.includes(quoted)) linked = linked.replaceAll(quoted, JSON.stringify(module()));
  }
  const url = URL.createObjectURL(new Blob([linked], { type: "text/javascript" }));
  try {
    const module = (await import(/* @vite-ignore */ url)) as Partial<ScriptModule>;
    if (typeof module.default !== "function") throw new Error("the compiled script has no run function");
    return { run: module.default, file: SCRIPT_FILE, ...(map !== null ? { fixStack: stackMapper(url, map, SCRIPT_FILE) } : {}) };
  } finally {
    URL.revokeObjectURL(url);
  }
}
