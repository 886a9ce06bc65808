// A headless harness for Rivulet apps, modelled on Streamlit's AppTest. It runs the compiled
// script in a real Session and keeps its own copy of the page by applying the session's wire
// messages, serialized to JSON and back as on a socket: what a test reads is what a page shows.

import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { formatDiagnostic } from "@rivulet/compiler";
import { tableFromIPC, type Table } from "apache-arrow";
import {
  Session,
  applyDataFrame,
  applyMessage,
  missingData,
  parseServerMessage,
  emptyPage,
  guardStrayScriptErrors,
  snapshot,
  describeValue,
  loadedSecrets,
  UNKNOWN_CONTEXT,
  type NavPage,
  type PageContext,
  type SecretsSource,
  pageValueFor,
  scriptValueOf,
  type BlockNode,
  type ClientMessage,
  type DataRef,
  type MediaRef,
  collectMediaRefs,
  type ElementKind,
  type Page,
  type Json,
  type QueryValue,
  type RunOutcome,
  type ServerMessage,
} from "@rivulet/runtime";
import { cacheData, cacheResource } from "@rivulet/runtime/st";
import { installConnectionTypes, installLocalFiles, loadScript, loadSecrets, setProjectDir, type SecretsLocations } from "@rivulet/server";
import { blockViewOf, listViews, LISTS, type BlockViewOf, type Harness, type ViewOf } from "./views.ts";
import { HeldFormValues } from "./heldFormValues.ts";
import { PageQuery } from "./pageQuery.ts";
import { Watchers } from "./waitFor.ts";
import { dialogsIn, type DialogView } from "./dialogView.ts";

export interface AppTestOptions {
  /** How long one `run()` may take before it fails, in milliseconds. */
  timeout?: number;
  /**
   * Check after every run that the page built from the session's messages equals the session's
   * tree (default true; a benchmark turns it off: it costs a walk of the whole tree).
   */
  verifyPage?: boolean;
  /** The page URL's query parameters when the app opens (`fromString`/`fromFile`). */
  queryParams?: Record<string, QueryValue>;
  /** Write bare expression statements with st.write, as Streamlit's magic does (default true). */
  magic?: boolean;
  /**
   * What st.secrets holds (`{ db: { user: "test" } }`): no secrets file is read, so a test does
   * not depend on the machine's. Empty when absent (and `secretsFrom` is absent too).
   */
  secrets?: Record<string, unknown>;
  /** Reads st.secrets from `project`'s `.rivulet/secrets.toml` (over `home`'s), as the server does. */
  secretsFrom?: SecretsLocations;
  /** The app's project folder, where st.connection("sql") keeps its default SQLite file: the script's folder by default. */
  project?: string;
  /**
   * What st.context tells of the page (`{ timezone: "Asia/Tokyo", headers: { "user-agent": "…" } }`):
   * by default a page at http://localhost:8501/ on this machine (ipAddress null), with nothing else known.
   */
  context?: Partial<PageContext>;
}

export class AppTest implements Harness {
  /** How each run ended, since the last `run()` started (a rerun adds one per run). */
  outcomes: RunOutcome[] = [];
  /** Error messages the session sent since the last `run()` started (rejected input). */
  errors: string[] = [];
  /** Bytes of JSON the session sent since the last `run()` started. */
  bytesReceived = 0;
  /** Milliseconds from each run's start to its end, since the last `run()` started. */
  runTimes: number[] = [];
  /** The wire messages the session sent since the last `run()` started, as the page got them. */
  messages: ServerMessage[] = [];

  private session: Session | null = null;
  /** The page, kept with the page's own code (runtime wire/page.ts, what the browser runs). */
  private page: Page = emptyPage();
  private readonly heldForms = new HeldFormValues();
  private pending: ClientMessage[] = [];
  private runStartedAt = 0;
  private readonly pageQuery: PageQuery;
  private readonly watchers = new Watchers();
  /** Dialogs the test dismissed: the page hides them until a run writes them anew. */
  private readonly hiddenDialogs = new WeakSet<BlockNode>();

  private constructor(
    private readonly source: string,
    private readonly file: string,
    private readonly options: AppTestOptions,
  ) {
    this.pageQuery = new PageQuery(options.queryParams);
  }

  static fromString(source: string, options: AppTestOptions & { file?: string } = {}): AppTest {
    return new AppTest(source, resolve(options.file ?? "app.ts"), options);
  }

  static fromFile(path: string, options: AppTestOptions = {}): AppTest {
    return new AppTest(readFileSync(path, "utf8"), resolve(path), options);
  }

  /**
   * Forgets every st.cacheData and st.cacheResource entry (caches outlive sessions, as on a
   * server: call it between tests that must each start cold).
   */
  static clearCaches(): void {
    cacheData.clear();
    cacheResource.clear();
  }

  /** Runs the app (with the interactions recorded since the last run) until no run is left. */
  async run(options: AppTestOptions = {}): Promise<this> {
    this.outcomes = [];
    this.errors = [];
    this.bytesReceived = 0;
    this.runTimes = [];
    this.messages = [];
    const messages = this.pending;
    this.pending = [];
    const query = this.pageQuery.takeChange();
    if (query !== null && this.session !== null) messages.push({ type: "queryParams", query });
    const session = this.session ?? (await this.open());
    if (this.session === null) {
      this.session = session;
      session.start();
    } else if (messages.length === 0) {
      session.receive(JSON.stringify({ type: "rerun" }));
    }
    for (const message of messages) session.receive(JSON.stringify(message));
    await withTimeout(session.idle(), options.timeout ?? this.options.timeout ?? 10_000);
    // Blobs the run wrote are read after it (st.image of a Blob): their files are the host's once read.
    await session.media.settled();
    if (this.options.verifyPage !== false) this.checkPageMatchesSession(session);
    return this;
  }

  /**
   * Every run checks that the ops the session sent rebuild exactly the tree it holds: a test
   * then fails on a diff bug instead of reading a page no browser would show.
   */
  private checkPageMatchesSession(session: Session): void {
    const expected = session.roots.map((root) => snapshot(root));
    if (JSON.stringify(expected) !== JSON.stringify(this.page.roots)) {
      throw new Error(
        "AppTest: the page built from the session's messages differs from the session's tree (a Rivulet bug).\n" +
          `session: ${JSON.stringify(expected)}\npage:    ${JSON.stringify(this.page.roots)}`,
      );
    }
    const missing = missingData(this.page);
    if (missing.length > 0) throw new Error(`AppTest: nodes on the page name data it never got (a Rivulet bug): ${missing.join(", ")}`);
    const named = new Set<string>();
    collectMediaRefs(this.page.roots as never, named);
    const unserved = [...named].filter((id) => !this.#media.has(id));
    if (unserved.length > 0) throw new Error(`AppTest: nodes on the page name media files the host does not serve (a Rivulet bug): ${unserved.join(", ")}`);
    // (A file the last run stopped naming is kept one run more: session/mediaStore.ts.)
    const lingering = [...session.media.lingering].filter((id) => !named.has(id)).length;
    if (this.#media.size !== named.size + lingering) throw new Error(`AppTest: the host keeps ${this.#media.size} media files, the page names ${named.size} and ${lingering} wait a run (a Rivulet bug: released files must go)`);
    const kept = Object.keys(this.page.data).length;
    if (kept !== session.data.size) throw new Error(`AppTest: the page keeps ${kept} data, the session ${session.data.size} (a Rivulet bug: released data must go on both sides)`);
  }

  get main(): BlockViewOf<"vertical"> {
    return blockViewOf(this.page.roots[0]!, this) as BlockViewOf<"vertical">;
  }
  get sidebar(): BlockViewOf<"vertical"> {
    return blockViewOf(this.page.roots[1]!, this) as BlockViewOf<"vertical">;
  }

  /** Every element of `kind` on the page (main area, then sidebar). */
  get<K extends ElementKind>(kind: K): ViewOf<K>[] {
    return [...this.main.get(kind), ...this.sidebar.get(kind)];
  }

  /** Every block named `block` on the page (main area, then sidebar): `at.blocks("expander")`. */
  blocks<B extends BlockNode["block"]>(block: B): BlockViewOf<B>[] {
    return [...this.main.blocks(block), ...this.sidebar.blocks(block)];
  }

  /** `st.sessionState` of the app's session: read it after a run, set values before one. */
  get sessionState(): Record<string, any> {
    return this.requireSession().sessionStateView;
  }

  /** Sends a raw wire message, as a page would (to test what the session does with bad input). */
  send(raw: string): void {
    this.requireSession().receive(raw);
  }

  post(message: ClientMessage): void {
    // A newer value for a widget replaces the one still pending, as on the page.
    if (message.type === "setValue") {
      this.pending = this.pending.filter((m) => m.type !== "setValue" || m.id !== message.id);
    }
    this.pending.push(message);
  }

  upload(file: { name: string; type?: string; bytes: Uint8Array | string }): Json {
    const bytes = typeof file.bytes === "string" ? new TextEncoder().encode(file.bytes) : file.bytes.slice();
    const id = `up${++this.#uploads}`;
    const type = file.type ?? "";
    this.requireSession().receiveUpload({ id, name: file.name, type, bytes });
    return { id, name: file.name, type, size: bytes.byteLength };
  }

  #uploads = 0;

  holdFormValue(formId: string, id: string, value: Json): void {
    this.heldForms.hold(formId, id, value);
  }

  submitForm(formId: string, id: string): void {
    this.post({ type: "submit", id, values: this.heldForms.take(formId) });
  }

  pendingValue(id: string): { value: Json } | undefined {
    const held = this.heldForms.get(id);
    if (held !== undefined) return held;
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const m = this.pending[i]!;
      if ((m.type === "setValue" || (m.type === "trigger" && m.value !== undefined)) && m.id === id) return { value: m.value! };
    }
    return undefined;
  }

  scriptValue(id: string, value: Json): unknown {
    const entry = this.session?.widgets.get(id);
    return entry === undefined ? value : scriptValueOf(entry, value);
  }

  pageValue(id: string, value: unknown): Json {
    const entry = this.session?.widgets.get(id);
    const onPage = entry === undefined ? (value as Json) : pageValueFor(entry, value);
    if (onPage === undefined) throw new Error(`AppTest: ${describeValue(value)} is not a value widget ${entry!.kind} "${id}" can take (not one of its options).`);
    return onPage;
  }

  /** The dialogs the page shows (a dismissed one is hidden until a run opens it again). */
  get dialog(): DialogView[] {
    return dialogsIn(this.page.roots, (node) => this.hides(node), this);
  }

  /**
   * The app's pages as st.navigation listed them in the last run that called it (title, icon,
   * URL path, section; `current` marks the one shown), or [] for an app of one page.
   */
  get navigation(): (NavPage & { current: boolean })[] {
    const menu = this.page.navigation;
    return menu === null ? [] : menu.pages.map((page) => ({ ...page, current: page.urlPath === menu.current }));
  }

  /**
   * Goes to a page, as a click in the menu or the browser's back and forward do: by its URL path
   * (`"orders"`; `""` is the default page) or its title. Then `run()`.
   */
  switchPage(page: string): this {
    const found = this.navigation.find((p) => p.urlPath === page || p.title === page);
    this.pending.push({ type: "navigate", page: found?.urlPath ?? page });
    return this;
  }

  /** The page URL's query parameters: read what the app set; a write is a URL change the next `run()` sends. */
  get queryParams(): Record<string, QueryValue> {
    return this.pageQuery.view();
  }

  /** The page URL's query string, without "?" (the last one the session sent, or the test's). */
  get query(): string {
    return this.pageQuery.query;
  }

  /**
   * Waits, without a `run()`, until `predicate` holds: for what the session does on its own
   * (a `runEvery` timer). Checked now and after every message the session sends.
   */
  waitFor(predicate: (at: this) => boolean, options: { timeout?: number } = {}): Promise<this> {
    this.requireSession();
    const timeout = options.timeout ?? this.options.timeout ?? 10_000;
    return this.watchers.waitFor(() => predicate(this), timeout, "the waitFor condition").then(() => this);
  }

  /** Closes the session, as closing the tab does: its timers stop. */
  close(): void {
    this.session?.dispose();
  }

  hideDialog(node: BlockNode): void {
    this.hiddenDialogs.add(node);
  }

  hides(node: BlockNode): boolean {
    return this.hiddenDialogs.has(node);
  }

  wasTriggered(id: string): boolean {
    return this.session?.triggeredInLastRun().has(id) ?? false;
  }

  private requireSession(): Session {
    if (this.session === null) throw new Error("AppTest: call `await at.run()` first.");
    return this.session;
  }

  private async open(): Promise<Session> {
    guardStrayScriptErrors(process);
    installConnectionTypes();
    installLocalFiles();
    setProjectDir(this.options.project ?? dirname(this.file));
    const loaded = await loadScript(this.source, this.file, this.options.magic === undefined ? {} : { magic: this.options.magic });
    if (!loaded.ok) {
      throw new Error(`The app does not compile:\n${loaded.diagnostics.map(formatDiagnostic).join("\n")}`);
    }
    return new Session({
      script: loaded.script,
      send: (message) => this.receive(JSON.stringify(message)),
      sendData: (frame) => this.receiveData(frame),
      media: {
        put: (id, mime, bytes) => this.#media.set(id, { mime, bytes: bytes.slice() }),
        release: (ids) => ids.forEach((id) => this.#media.delete(id)),
        // (A Blob's file: its bytes follow before `run()` returns, which waits for them.)
        expect: () => {},
      },
      onRunFinished: (outcome) => this.outcomes.push(outcome),
      queryString: this.pageQuery.query,
      secrets: secretsOf(this.options),
      context: contextOf(this.options.context),
    });
  }

  /** A binary frame, copied as a socket would, kept as the page keeps it. */
  private receiveData(frame: Uint8Array): void {
    this.bytesReceived += frame.byteLength;
    const problem = applyDataFrame(this.page, frame.slice());
    if (problem !== null) throw new Error(`AppTest: the session sent a binary frame the page refuses (a Rivulet bug): ${problem}`);
  }

  /** The media files the session's host serves (st.image of bytes, st.audio of a file), by id. */
  readonly #media = new Map<string, { mime: string; bytes: Uint8Array }>();

  /**
   * A media file as the page would fetch it: for a source a node holds (`at.image[0].value[0]`),
   * its type and bytes; undefined for a URL, which the page loads as it is.
   */
  mediaFile(source: MediaRef | string): { mime: string; bytes: Uint8Array } | undefined {
    if (typeof source === "string") return undefined;
    const file = this.#media.get(source.$media);
    if (file === undefined) throw new Error(`AppTest: the host serves no media ${source.$media} (a Rivulet bug: a node names it)`);
    return file;
  }

  /** The data a node names, as the page got it, decoded. */
  readData(ref: DataRef): Table {
    const bytes = this.page.data[ref.$data];
    if (bytes === undefined) throw new Error(`AppTest: the page has no data ${ref.$data} (a Rivulet bug: it should have come before the node that names it)`);
    return tableFromIPC(bytes);
  }

  private receive(json: string): void {
    this.bytesReceived += Buffer.byteLength(json);
    // Checked as the page checks it (the registry's schemas), then applied as the page applies it.
    const parsed = parseServerMessage(json);
    const problems = parsed.ok ? [...parsed.problems, ...applyMessage(this.page, parsed.message)] : [parsed.error];
    if (problems.length > 0) throw new Error(`AppTest: the session sent what the page cannot apply (a Rivulet bug): ${problems.join("; ")}`);
    const message = (parsed as { message: ServerMessage }).message;
    this.messages.push(message);
    if (message.type === "error") this.errors.push(message.message);
    else if (message.type === "runStarted") this.runStartedAt = performance.now();
    else if (message.type === "runFinished") this.runTimes.push(performance.now() - this.runStartedAt);
    else if (message.type === "queryParams") this.pageQuery.fromSession(message.query);
    this.watchers.notify();
  }
}

async function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`AppTest: the app did not finish running within ${ms} ms.`)), ms);
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// Its lists of elements and blocks (`at.slider`, `at.error`, `at.expander`), from the registry:
// their types are declared onto the class by lists.generated.ts.
const installed = new Set<string>();
for (const list of LISTS) {
  if (installed.has(list.name)) throw new Error(`AppTest: two lists are named ${list.name} (see the registry's testing.lists)`);
  installed.add(list.name);
  if (list.name in AppTest.prototype) throw new Error(`AppTest: the list ${list.name} would hide AppTest's own member of that name`);
  Object.defineProperty(AppTest.prototype, list.name, {
    get(this: AppTest) {
      return listViews(list, this);
    },
    configurable: true,
  });
}

/** AppTest's secrets: the files of `secretsFrom`, or the object given (no file read), or none. */
function secretsOf(options: AppTestOptions): SecretsSource {
  if (options.secretsFrom !== undefined) return loadSecrets(options.secretsFrom);
  return loadedSecrets(options.secrets ?? {}, []);
}

/** AppTest's page: localhost, with what the test gives over it (header names in lower case, as a server has them). */
function contextOf(given: Partial<PageContext> | undefined): PageContext {
  const headers = Object.fromEntries(Object.entries(given?.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
  return { ...UNKNOWN_CONTEXT, url: "http://localhost:8501/", ...given, headers };
}
