// A session: one open page (or one AppTest). It owns the element tree, widget and session
// state, and the run loop, which takes one request at a time from the mailbox and executes it.
// A synchronous script runs to its end in the same turn (so a host can serve a session from
// inside another session's checkpoint); an async one finishes when its promise settles.

import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { SessionStateStore, sessionStateProxy } from "../state/sessionState.ts";
import { WidgetRegistry } from "../state/widgets.ts";
import { QueryParamsStore } from "../state/queryParams.ts";
import type { SecretsSource } from "../state/secrets.ts";
import { UNKNOWN_CONTEXT, type PageContext } from "../state/pageContext.ts";
import { PageStore } from "../state/pages.ts";
import type { RunFunction } from "./compiledScript.ts";
import { queryParamsProxy } from "../state/queryParamsView.ts";
import { freshMarks, isAttached, newRoots, snapshot } from "../tree/live.ts";
import { TreeWriter } from "../tree/writer.ts";
import { Outbox } from "../wire/outbox.ts";
import { parseClientMessage } from "../wire/parseClientMessage.ts";
import type { BlockNode, ClientMessage, Json, NodePath, RunOutcome, ServerMessage } from "../wire/protocol.ts";
import { DataStore } from "./dataStore.ts";
import { MediaStore, type MediaHost } from "./mediaStore.ts";
import { UploadStore, type UploadedBytes } from "./uploads.ts";
import { getCurrent, setCurrent } from "./context.ts";
import { ownAttention, type Attention } from "./attention.ts";
import type { SessionCore } from "./core.ts";
import { exceptionNode } from "./exceptionNode.ts";
import { Execution, type ExecutionScope } from "./execution.ts";
import { CallSiteIds } from "./callSiteIds.ts";
import { FragmentRegistry } from "./fragments.ts";
import { FragmentTimers } from "./fragmentTimers.ts";
import { DialogRegistry } from "./dialogs.ts";
import { finishForms } from "./formSubmit.ts";
import { MAX_QUEUED_EVENTS, Mailbox, type RunRequest } from "./mailbox.ts";
import { ScriptRunHandle } from "./runHandle.ts";
import { takeSnapshot, type SessionSnapshot, type SnapshotResult } from "./snapshot.ts";
import type { LoadedScript } from "./script.ts";
import { HaltSignal, RerunSignal, isControlSignal } from "./signals.ts";
import { applyEvents, eventsOf, runCallbacks } from "./widgetEvents.ts";

/** How long a run goes on writing before a host shows what it wrote so far (about a frame). */
export const FRAME_MS = 16;

/** Reruns requested by the script with no user input in between before Rivulet stops them. */
export const MAX_CONSECUTIVE_RERUNS = 100;

export interface SessionOptions {
  script: LoadedScript;
  send: (message: ServerMessage) => void;
  /**
   * A binary frame of data that nodes name (a dataframe's Arrow IPC: wire/binaryFrame.ts), sent
   * to the page as it is, in order with the messages of `send`.
   */
  sendData: (frame: Uint8Array) => void;
  /** What serves the media files its nodes name over HTTP; without one, media must be URLs. */
  media?: MediaHost;
  appName?: string;
  /** Called after every execution, with how it ended (AppTest records them). */
  onRunFinished?: (outcome: RunOutcome) => void;
  /** The flag checkpoints read; a host running many sessions on one thread shares one. */
  attention?: Attention;
  /** The page URL's query string (without "?") when it connected: `st.queryParams` starts from it. */
  queryString?: string;
  /** How many bytes the widget values a page sent may take in all (a host facing the internet sets it). */
  maxPageValueBytes?: number;
  /** The host's number for the session: see `reportRunsTo`. */
  tag?: number;
  /** Start from what another thread's copy of the session held (its last snapshot). */
  restore?: SessionSnapshot;
  /** What st.secrets reads in this session's runs (AppTest's own); the thread's (`provideSecrets`) when absent. */
  secrets?: SecretsSource;
  /** What st.context tells of the page (its request and the browser); unknown when absent. */
  context?: PageContext;
}

let nextSessionNumber = 0;

export class Session implements SessionCore {
  readonly id = `s${++nextSessionNumber}-${Math.random().toString(36).slice(2, 10)}`;
  readonly tag: number;
  readonly roots = newRoots();
  readonly widgets: WidgetRegistry;
  readonly state: SessionStateStore;
  readonly fragments = new FragmentRegistry();
  readonly dialogs = new DialogRegistry();
  readonly callSiteIds = new CallSiteIds();
  readonly queryParams: QueryParamsStore;
  readonly secrets: SecretsSource | undefined;
  readonly context: PageContext;
  readonly pages: PageStore<RunFunction>;
  /** `$rt.sessionState` and `$rt.queryParams`: views bound to this session, whatever run is current. */
  readonly sessionStateView = sessionStateProxy(() => this.state);
  readonly queryParamsView = queryParamsProxy(() => this.queryParams);
  readonly attention: Attention;
  active: Execution | null = null;
  /** The running execution must halt at its next checkpoint: a newer full run, or the Stop button. */
  haltRequested = false;
  private haltReason: "interrupt" | "stop" = "interrupt";

  script: LoadedScript;
  private readonly mailbox = new Mailbox();
  private readonly outbox: Outbox;
  readonly data: DataStore;
  readonly media: MediaStore;
  /** The files its page uploaded, which its file uploaders name. */
  readonly uploads = new UploadStore();
  private execCount = 0;
  private lastTriggered: ReadonlySet<string> = new Set();
  private consecutiveReruns = 0;
  private drainScheduled = false;
  /** When the running run started, or last sent what it wrote (`flushIfDue`). */
  private lastFlushAt = 0;
  private idleWaiters: (() => void)[] = [];
  private disposed = false;
  /**
   * A session restored from a snapshot (its thread was lost) knows its widgets only once its
   * first run has written them: what its page sends before then (a click made while the session
   * moved) waits here for that run's end, instead of being refused as an unknown widget.
   */
  private heldForFirstRun: ClientMessage[] | null;
  private readonly fragmentTimers = new FragmentTimers((id) => this.requestFragment(id));

  constructor(private readonly options: SessionOptions) {
    this.tag = options.tag ?? 0;
    this.widgets = new WidgetRegistry(options.maxPageValueBytes);
    this.state = new SessionStateStore(this.widgets, () => this.active?.id ?? -1, (key) => this.active?.wroteForm(key) ?? false);
    this.script = options.script;
    this.queryParams = new QueryParamsStore(options.restore?.query ?? options.queryString);
    this.heldForFirstRun = options.restore !== undefined ? [] : null;
    if (options.restore !== undefined) {
      this.state.restoreUser(options.restore.state);
      this.widgets.restore(options.restore.widgets);
    }
    this.attention = options.attention ?? ownAttention();
    this.data = new DataStore(options.sendData);
    this.media = new MediaStore(options.media);
    this.outbox = new Outbox(options.send, () => {
      this.data.flush();
      this.media.flush();
    });
    this.secrets = options.secrets;
    this.context = options.context ?? UNKNOWN_CONTEXT;
    this.pages = new PageStore(this.context.pagePath);
  }

  /** Sends the greeting and starts the first run. */
  start(): void {
    this.options.send({ type: "hello", sessionId: this.id, appName: this.options.appName ?? this.script.file });
    this.requestApp();
  }

  /** One message from the page. A malformed one is answered with an error and changes nothing. */
  receive(raw: string): void {
    const parsed = parseClientMessage(raw);
    if (typeof parsed === "string") return this.reject(parsed);
    this.handle(parsed);
  }

  /** A file its page uploaded (its host took it over HTTP): the `setValue` naming it follows. */
  receiveUpload(file: UploadedBytes): void {
    this.uploads.add(file);
  }

  /** Hot reload: the next runs use `script`; session state is kept. */
  setScript(script: LoadedScript): void {
    this.script = script;
    this.pages.loaded.clear();
    this.requestApp();
  }

  dispose(): void {
    this.disposed = true;
    this.fragmentTimers.clear();
    this.requestHalt();
    this.settleIdle();
  }

  /**
   * The page came back after its socket dropped (what was sent meanwhile is lost): send it the
   * whole page as it stands. Patches still in the outbox apply on top of it unchanged.
   */
  resync(): void {
    const exec = this.active;
    const run = exec === null ? null : { runId: exec.id, scope: this.scopePath(exec), fresh: freshMarks(this.roots, exec.id) };
    this.data.resend();
    this.options.send({ type: "page", roots: this.roots.map((root) => snapshot(root) as BlockNode), run, query: this.queryParams.onPage, navigation: this.pages.onPage });
  }

  /** The session's state as plain data, to start it again on another thread; or why it cannot move. */
  snapshot(): SnapshotResult {
    return takeSnapshot(this.state, this.widgets, this.queryParams);
  }

  /** Halts the running run at its next checkpoint (a host reloading the script under it). */
  interrupt(): void {
    this.requestHalt("interrupt");
  }

  /** The running execution is about to await: what it wrote so far goes to the page. */
  yielding(): void {
    if (this.active === null) return;
    this.active.awaiting = true;
    this.active.writer.markFresh();
    this.outbox.flush();
  }

  /**
   * Called by a host at a checkpoint of a run that has been going without an await (the host
   * raises the attention flag a frame apart): once the run has gone a frame since it started or
   * last sent, what it wrote so far goes to the page, as Streamlit shows each element when it is
   * written. A run that ends or is interrupted within its first frame never shows half-done.
   */
  flushIfDue(now = performance.now()): void {
    const exec = this.active;
    if (exec === null || exec.awaiting || now - this.lastFlushAt < FRAME_MS) return;
    this.lastFlushAt = now;
    exec.writer.markFresh();
    this.outbox.flush();
  }

  /** The buttons whose click caused the last execution. */
  triggeredInLastRun(): ReadonlySet<string> {
    return this.lastTriggered;
  }

  /** Resolves when no run is in progress or queued. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Runs what is queued now, in this turn, as far as it goes synchronously. A host calls it to
   * serve this session from inside another session's checkpoint, where no later turn comes.
   */
  drainNow(): void {
    this.drain();
  }

  checkpoint(): void {
    this.attention.attend();
    if (this.haltRequested) throw new HaltSignal();
  }

  iterateInRun<T>(generation: number, iterable: AsyncIterable<T> | Iterable<T>): AsyncIterable<T> {
    return new ScriptRunHandle(this, generation).iterate(iterable);
  }

  private handle(message: ClientMessage): void {
    if (message.type === "stop") {
      this.mailbox.clear();
      this.requestHalt("stop");
      return this.pump();
    }
    if (message.type === "rerun") {
      this.consecutiveReruns = 0;
      return this.requestApp();
    }
    if (message.type === "dismiss") {
      const dismissed = this.dialogs.dismiss(message.id);
      if (typeof dismissed === "string") return this.reject(dismissed);
      if (dismissed.rerun) this.consecutiveReruns = 0;
      return dismissed.rerun ? this.requestApp() : undefined;
    }
    if (message.type === "queryParams") {
      this.queryParams.fromPage(message.query);
      this.consecutiveReruns = 0;
      return this.requestApp();
    }
    if (message.type === "navigate") {
      this.pages.ask(message.page);
      this.consecutiveReruns = 0;
      return this.requestApp();
    }
    if (this.heldForFirstRun !== null && this.widgets.get(message.id) === undefined) {
      this.heldForFirstRun.push(message);
      return;
    }
    const routed = eventsOf(message, this.widgets, this.mailbox.queuedBytes);
    if (typeof routed === "string") return this.reject(routed);
    const { widget, events } = routed;
    if (!this.mailbox.hasRoom(events.length)) {
      return this.reject(`Too many events are waiting for this app's runs (${MAX_QUEUED_EVENTS}): this one was dropped.`);
    }
    this.consecutiveReruns = 0;
    const fragmentId = widget.fragmentId !== null && this.fragments.get(widget.fragmentId) ? widget.fragmentId : null;
    for (const event of events) this.mailbox.post(event, fragmentId);
    this.pump();
  }

  private reject(message: string): void {
    this.options.send({ type: "error", message });
  }

  private requestApp(): void {
    this.mailbox.requestApp();
    this.pump();
  }

  /** A fragment's `runEvery` timer fired. */
  private requestFragment(fragmentId: string): void {
    this.mailbox.requestFragment(fragmentId);
    this.pump();
  }

  private pump(): void {
    if (this.disposed) return;
    // A newer full run supersedes the running one: it halts at its next checkpoint. Not the run
    // of a click an interrupted run left: it would never end while input keeps coming.
    if (this.active !== null && this.mailbox.wantsApp && !this.active.takesCarriedClick) this.requestHalt("interrupt");
    if (this.drainScheduled || this.active !== null) return;
    // On the next microtask, so a burst of events from one turn becomes one run.
    this.drainScheduled = true;
    queueMicrotask(() => {
      this.drainScheduled = false;
      this.drain();
    });
  }

  /**
   * Halts the running execution: at its next checkpoint, or now when it is waiting on an await
   * (its pending work is cancelled through its AbortSignal; when the await settles, the run's
   * code finds it is no longer current and halts there).
   */
  private requestHalt(reason: "interrupt" | "stop" = "interrupt"): void {
    const exec = this.active;
    if (exec === null) return;
    this.haltRequested = true;
    this.haltReason = reason;
    this.attention.flag[0] = 1;
    exec.abort(reason === "stop" ? "stopped" : "interrupted");
    if (exec.awaiting) this.finish(exec, reason === "stop" ? "stopped" : "interrupted");
  }

  /** Executes queued requests until none is left or a run awaits (it drains again when done). */
  private drain(): void {
    while (this.active === null && !this.disposed) {
      const carrying = this.widgets.carriesClick;
      const request = this.mailbox.take(carrying);
      if (request === null) break;
      const pending = this.execute(request, carrying);
      if (pending !== undefined) {
        void pending.then(() => this.drain());
        return;
      }
    }
    this.settleIdle();
  }

  private isIdle(): boolean {
    return this.disposed || (this.active === null && !this.drainScheduled && !this.mailbox.hasWork);
  }

  private settleIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Runs one request: synchronously to its end, or a promise when the script awaits. */
  private execute(request: RunRequest, takesCarriedClick = false): Promise<void> | undefined {
    const fragment = request.scope === "fragment" ? this.fragments.get(request.fragmentId) : undefined;
    // A fragment whose block a run removed is gone: its rerun would write into nothing.
    if (fragment !== undefined && !isAttached(fragment.block)) {
      this.fragments.delete(fragment.id);
      this.widgets.dropFragment(fragment.id);
      return undefined;
    }
    const scope: ExecutionScope = fragment === undefined ? { kind: "app" } : { kind: "fragment", fragment };
    const execId = ++this.execCount;
    const writer = new TreeWriter(execId, (op) => this.outbox.push(op));
    const exec = new Execution(execId, scope, this, writer);
    exec.handle = new ScriptRunHandle(this, exec.generation);
    exec.takesCarriedClick = takesCarriedClick;
    this.haltRequested = false;
    this.active = exec;
    if (scope.kind === "app") for (const root of this.roots) writer.claim(root);
    else writer.claim(scope.fragment.block);
    this.outbox.begin(execId);
    this.lastFlushAt = performance.now();
    this.options.send({ type: "runStarted", runId: execId, scope: this.scopePath(exec) });

    // A nested execution (served from another session's checkpoint) puts back the outer one.
    const outer = getCurrent();
    let body: unknown;
    try {
      setCurrent(exec);
      this.state.beginRun();
      const dismissed = scope.kind === "app" ? this.dialogs.takeCallbacks() : [];
      const dismissals = dismissed.map((fn) => ({ callback: { fn, args: [] } }));
      runCallbacks([...dismissals, ...applyEvents(request.events, this.widgets)]);
      exec.phase = "script";
      body =
        scope.kind === "app"
          ? this.script.run(exec.handle)
          : scope.fragment.fn(...scope.fragment.args);
    } catch (thrown) {
      this.finish(exec, this.settle(thrown, exec));
      return undefined;
    } finally {
      setCurrent(outer);
    }
    if (!(body instanceof Promise) && !exec.hasPendingBlocks) {
      this.finish(exec, "completed");
      return undefined;
    }
    // The run is over when its script and every async block it started (an un-awaited async
    // fragment, `container.with(async ...)`) are. A run abandoned while it awaited
    // (requestHalt) has finished already: ignore how it settles.
    // None of the run's code is on the stack until an await of it resumes.
    exec.awaiting = true;
    return exec.settled(body).then(
      () => {
        if (!exec.ended) this.finish(exec, "completed");
      },
      (thrown: unknown) => {
        if (!exec.ended) this.finish(exec, this.settle(thrown, exec));
      },
    );
  }

  /** The path of the block a run rewrites: `[]` for a full run (every root), a fragment's block. */
  private scopePath(exec: Execution): NodePath {
    return exec.scope.kind === "app" ? [] : exec.scope.fragment.block.path;
  }

  /** How a run that threw ended; an exception is written where the run writes. */
  private settle(thrown: unknown, exec: Execution): RunOutcome {
    if (!isControlSignal(thrown)) {
      // Where the run's own code writes, not where an async block last put it.
      exec.writer.writeElement(exec.baseContainer, exceptionNode(thrown, this.script, exec.originOf(thrown)));
      return "exception";
    }
    if (thrown.kind === "stop") return "stopped";
    if (thrown.kind === "shown") return "exception";
    if (thrown.kind === "halt") return this.haltReason === "stop" ? "stopped" : "interrupted";
    return this.requestRerun(thrown, exec);
  }

  private requestRerun(signal: RerunSignal, exec: Execution): RunOutcome {
    if (++this.consecutiveReruns > MAX_CONSECUTIVE_RERUNS) {
      const error = new RivuletAPIError("rerun_loop", { count: String(MAX_CONSECUTIVE_RERUNS) });
      error.stack = `${error.name}: ${error.message}\n${(signal.origin.stack ?? "").split("\n").slice(1).join("\n")}`;
      exec.writer.writeElement(exec.baseContainer, exceptionNode(error, this.script));
      this.consecutiveReruns = 0;
      return "exception";
    }
    if (signal.scope === "fragment" && exec.scope.kind === "fragment") this.mailbox.requestFragment(exec.scope.fragment.id);
    else this.mailbox.requestApp();
    return "rerun";
  }

  private finish(exec: Execution, outcome: RunOutcome): void {
    // Once only: a run abandoned while it awaited is finished again by nobody.
    if (exec.ended) return;
    finishForms(exec, outcome);
    if (outcome === "completed" || outcome === "stopped" || outcome === "exception") exec.writer.trim();
    // Only a run that reached its end has rendered every widget that still exists: after a
    // stop or an exception, widgets it did not reach keep their state (Streamlit's premature stop).
    if (outcome === "completed") {
      this.uploads.release((id) => this.widgets.get(id) !== undefined);
      if (exec.scope.kind === "app") {
        this.widgets.dropUnrendered(exec.id, null);
        this.fragments.keepOnlyFrom(exec.id);
        this.dialogs.keepOnlyFrom(exec.id);
      } else {
        this.widgets.dropUnrendered(exec.id, exec.scope.fragment.id);
      }
    }
    // A full run that ended removes the fragments whose blocks it did not write again.
    if (exec.scope.kind === "app" && outcome !== "rerun" && outcome !== "interrupted") this.fragments.dropDetached();
    if (!this.disposed) this.fragmentTimers.sync(this.fragments.values());
    // A click is never lost: a run interrupted before it read its button leaves the click for
    // the run that takes over (Streamlit drops it). One it read is done, and its callback ran.
    this.lastTriggered = this.widgets.resetTriggers(outcome === "interrupted" ? (button) => button.renderedBy !== exec.id : undefined);
    exec.ended = true;
    exec.abort(outcome);
    if (this.active === exec) this.active = null;
    // What an interrupted run wrote goes out with the next run's first patch, so the page never
    // shows a half-done run.
    // (With no run to follow, they go now: the page must end up with the session's tree.)
    if (outcome !== "interrupted" || !this.mailbox.hasWork) {
      this.outbox.flush();
      // The page has every node now: data none of them names is dropped on both sides. (The
      // tree is walked only when something is kept: most runs hold no data and no media.)
      if (this.data.size > 0 || this.media.size > 0) {
        const tree = this.roots.map(snapshot) as unknown as Json[];
        const released = this.data.release(tree);
        if (released.length > 0) this.options.send({ type: "dataReleased", ids: released });
        this.media.release(tree);
      }
    }
    const query = this.queryParams.takeChange();
    if (query !== null) this.options.send({ type: "queryParams", query });
    // A run interrupted, or rerun (st.switchPage), leaves the page's menu to the run that follows.
    const menu = outcome === "interrupted" || outcome === "rerun" ? null : this.pages.takeChange(exec.navigation);
    if (menu !== null) this.options.send(menu);
    this.options.send({ type: "runFinished", runId: exec.id, outcome });
    this.options.onRunFinished?.(outcome);
    if (this.heldForFirstRun !== null && exec.scope.kind === "app" && outcome !== "interrupted") {
      const held = this.heldForFirstRun;
      this.heldForFirstRun = null;
      for (const message of held) this.handle(message);
    }
  }
}
