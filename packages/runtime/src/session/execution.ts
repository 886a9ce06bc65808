// One execution: a full run of the script or a rerun of one fragment. It owns the writer for
// its part of the tree, the stack of containers `st.*` writes to, and the counters that give
// call sites their identities.

import type { LiveBlock } from "../tree/live.ts";
import type { Recording } from "../tree/recording.ts";
import type { NavigationMessage } from "../wire/protocol.ts";
import type { TreeWriter } from "../tree/writer.ts";
import type { RunHandle } from "./compiledScript.ts";
import type { SessionCore } from "./core.ts";
import type { FragmentInstance } from "./fragments.ts";
import { identityHash } from "./hashId.ts";
import { RivuletAPIError } from "../errors/RivuletAPIError.ts";

/** What the session knows of an st.Page (api/navigation/page.ts, a layer above). */
export interface StreamlitPageLike {
  readonly title: string;
  readonly urlPath: string;
  readonly namedPath: string;
  /** The page's file, for a page of its own file (st.switchPage takes it). */
  readonly file: string | null;
}

/**
 * Where `st.*` writes, which fragment is running and which cached functions are computing: saved
 * at an await, put back after it.
 */
export interface Frame {
  readonly containers: readonly LiveBlock[];
  readonly fragment: FragmentInstance | null;
  readonly recordings: readonly Recording[];
}

/** A form one execution writes: a key names one form per run. */
export interface RunForm {
  readonly block: LiveBlock;
  hasSubmitButton: boolean;
}

export type ExecutionScope =
  | { kind: "app" }
  | { kind: "fragment"; fragment: FragmentInstance };

export class Execution {
  phase: "callbacks" | "script" = "callbacks";
  ended = false;
  /** The fragment whose body is running, in a full run or a fragment rerun. */
  fragment: FragmentInstance | null;
  /** The full run whose closures this execution runs: its own id, or the fragment's creator. */
  readonly generation: number;
  /** This run takes a click an interrupted run left (`Mailbox.take`): newer input waits for it. */
  takesCarriedClick = false;
  /** Whether this run opened a dialog: Streamlit allows one per run. */
  openedDialog = false;
  /** The menu st.navigation made in this run (sent when the run ends), and its pages (st.switchPage's). */
  navigation: NavigationMessage | null = null;
  pages: readonly StreamlitPageLike[] | null = null;
  /** The forms this run wrote, by key (made on the first form: most runs write none). */
  private formsByKey: Map<string, RunForm> | null = null;
  /** Made on the first `st.runSignal()`: most runs never ask, and aborting costs an event. */
  private controller: AbortController | null = null;
  /** The last value the script threw, and where (`$rt.thrown`): for a value with no stack of its own. */
  private lastThrow: { value: unknown; origin: Error } | null = null;
  /** The script is waiting on an `await` (between `$rt.pause` and `$rt.resume`). */
  awaiting = false;
  /**
   * The `$rt` of this execution's generation: the entry script's run function receives it, and
   * a function of an app's other module takes it when it is entered (`runHandle()`).
   */
  handle!: RunHandle;
  private readonly containers: LiveBlock[];
  private readonly keys = new Set<string>();
  /** Async blocks started and not yet settled: the run waits for them. */
  private readonly pending: Promise<unknown>[] = [];

  constructor(
    readonly id: number,
    readonly scope: ExecutionScope,
    readonly session: SessionCore,
    readonly writer: TreeWriter,
  ) {
    this.fragment = scope.kind === "fragment" ? scope.fragment : null;
    this.generation = scope.kind === "fragment" ? scope.fragment.createdBy : id;
    this.containers = [scope.kind === "fragment" ? scope.fragment.block : session.roots[0]];
    session.callSiteIds.begin();
  }

  /** The block the run writes to outside every `with` and fragment: the main area, or the fragment rerun's block. */
  get baseContainer(): LiveBlock {
    return this.containers[0]!;
  }

  /** The block `st.*` writes to. */
  get container(): LiveBlock {
    return this.containers[this.containers.length - 1]!;
  }

  /**
   * A stable identity for the n-th call at `site` of `kind` with `label` and `params` in the
   * current fragment: the same in a full run and in the fragment's own reruns.
   */
  identity(site: string, kind: string, label: string, params?: readonly unknown[]): string {
    return this.session.callSiteIds.next(this.id, identityHash(this.fragment?.id ?? "", site, kind, label, params));
  }

  /** An element's explicit key: unique among the elements this execution writes. */
  claimKey(key: string): void {
    if (this.keys.has(key)) {
      throw new RivuletAPIError("duplicate_widget_key", { key });
    }
    this.keys.add(key);
  }

  /** A `throw` of `value` in the script (compiled code calls this through `$rt.thrown`). */
  noteThrow(value: unknown): void {
    this.lastThrow = { value, origin: new Error("thrown here") };
  }

  /** Where `value` was thrown, when it is the last non-Error the script threw. */
  originOf(value: unknown): Error | undefined {
    return this.lastThrow !== null && Object.is(this.lastThrow.value, value) ? this.lastThrow.origin : undefined;
  }

  get forms(): Map<string, RunForm> {
    return (this.formsByKey ??= new Map());
  }

  /** Whether this run wrote the form with key `key` (st.sessionState may not set it then). */
  wroteForm(key: string): boolean {
    return this.formsByKey?.has(key) ?? false;
  }

  /** The forms written so far, without making the map. */
  formsWritten(): Iterable<RunForm> {
    return this.formsByKey?.values() ?? [];
  }

  /** Aborted when the run is over or asked to halt: `st.runSignal()`, for fetch and the like. */
  get signal(): AbortSignal {
    return (this.controller ??= new AbortController()).signal;
  }

  /** Cancels what was handed the run's signal. */
  abort(reason: string): void {
    this.controller?.abort(reason);
  }

  get hasPendingBlocks(): boolean {
    return this.pending.length > 0;
  }

  /**
   * Settles when `body` and every async block started meanwhile have; rejects with the first
   * failure among them (the script's own first).
   */
  async settled(body: unknown): Promise<void> {
    const results = await Promise.allSettled([body]);
    for (let i = 0; i < this.pending.length; i++) results.push(...(await Promise.allSettled([this.pending[i]])));
    const failure = results.find((result) => result.status === "rejected");
    if (failure !== undefined) throw failure.reason;
  }

  snapshot(): Frame {
    return { containers: [...this.containers], fragment: this.fragment, recordings: this.writer.recordings };
  }

  /** Back to where an await left off (a block's async body resumes inside its block). */
  restore(frame: Frame): void {
    this.containers.splice(0, this.containers.length, ...frame.containers);
    this.fragment = frame.fragment;
    this.writer.recordings = frame.recordings;
  }

  /**
   * Runs `body` (a cached function computing) with what it writes recorded in `recording`; an
   * async body's code after each await is recorded too (its frame holds the recording), and
   * what the script writes meanwhile is not.
   */
  recorded<T>(recording: Recording, body: () => T): T {
    const outer = this.writer.recordings;
    this.writer.recordings = [...outer, recording];
    const result = settle(body, () => {
      this.writer.recordings = outer;
    });
    if (result instanceof Promise) this.waitFor(result);
    return result;
  }

  /**
   * The run waits for `promise` before it ends, but its failure is for whoever awaits it (a
   * cached function's caller catches a failed fetch): it does not fail the run.
   */
  waitFor(promise: Promise<unknown>): void {
    this.pending.push(promise.then(noop, noop));
  }

  /** A cached function is computing (a widget written now gets Streamlit's cached-widget warning). */
  get recording(): boolean {
    return this.writer.recordings.length > 0;
  }

  /** Runs `body` inside `fragment`, writing into its block. */
  inFragment<T>(fragment: FragmentInstance, body: () => T): T {
    const outer = this.fragment;
    this.fragment = fragment;
    this.containers.push(fragment.block);
    return this.track(
      settle(body, () => {
        this.containers.pop();
        this.fragment = outer;
      }),
    );
  }

  /** Runs `body` with `block` as the container `st.*` writes to (the block form, `with col:`). */
  inContainer<T>(block: LiveBlock, body: () => T): T {
    this.containers.push(block);
    return this.track(
      settle(body, () => {
        this.containers.pop();
      }),
    );
  }

  /**
   * Calls `done` once `result` has settled: now, or when its promise does (st.spinner clears its
   * spinner then), unless the run has ended by then.
   */
  afterSettled<T>(result: T, done: () => void): T {
    if (!(result instanceof Promise)) {
      done();
      return result;
    }
    return this.track(
      result.finally(() => {
        if (!this.ended) done();
      }) as T,
    );
  }

  private track<T>(result: T): T {
    if (result instanceof Promise) {
      this.pending.push(result);
      // Handled here: the run reports it (settled); the script may also await it.
      result.catch(() => {});
    }
    return result;
  }
}

function noop(): void {}

/**
 * Runs `body`, then `restore`. An async body has returned at its first await: what follows the
 * call writes where it did before, and the body's code after each await writes into the block
 * again because `$rt.pause` saved its frame and `$rt.resume` puts it back.
 */
function settle<T>(body: () => T, restore: () => void): T {
  try {
    return body();
  } finally {
    restore();
  }
}
