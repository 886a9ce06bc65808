// What compiled scripts see of the runtime (the entry `@rivulet/runtime/internal` exports it).
// The compiler emits calls to exactly these members (see docs/architecture.md, "How a script
// becomes a run function").

/**
 * The query of a page file's import (`import("./pages/orders.ts?rivulet-page")`, which the
 * compiler writes for `st.Page("pages/orders.ts")`): whoever compiles the app's modules compiles
 * that one as a page.
 */
export const PAGE_QUERY = "rivulet-page";

/** With PAGE_QUERY, for an app compiled without magic: its page files are compiled without it too. */
export const NO_MAGIC_QUERY = "rivulet-magic=off";

/** The default export of a compiled script module. */
export type RunFunction = ($rt: RunHandle) => Promise<void> | void;

/** What a compiled script (or page) exports of each page file it names: its host loads them with it. */
export const PAGE_FILES_EXPORT = "$pageFiles";

/** A page file, as the compiler passes it to st.Page and exports it. */
export interface PageFileLoader {
  /** Which st.Page it is: its call's site and its path (`pages-folder` for a `pages/` folder's). */
  readonly key: string;
  readonly file: string;
  readonly load: () => Promise<ScriptModule>;
}

/** A compiled script module as loaded. */
export interface ScriptModule {
  default: RunFunction;
  /** The page files it names (PAGE_FILES_EXPORT). */
  $pageFiles?: readonly PageFileLoader[];
}

export interface RunHandle {
  /**
   * Calls an st function at a call site. With a string `method`, calls `target[method](...args)`
   * (the target is evaluated once, by the caller); with a function, calls it with `target` as `this`.
   * It is a checkpoint: a halted run stops here.
   */
  call(site: string, target: unknown, method: string | ((...args: never[]) => unknown), ...args: unknown[]): unknown;
  /** Non-zero when the current run must halt at its next checkpoint. */
  readonly halt: Int32Array;
  /** Halts the current run (throws a control signal) if it was asked to. */
  checkpoint(): void;
  /** Rethrows `error` when it is a control signal user code must not swallow. */
  rethrow(error: unknown): void;
  /**
   * Called on the operand of every `throw` that is not a `new` expression: remembers where a
   * value that is not an Error (`throw null`) was thrown, so its exception element can say where.
   */
  thrown<T>(value: T): T;
  /** Called on the operand of every `await`, just before the run yields: sends what it wrote so far. */
  pause<T>(value: T): T;
  /** Called on the value of every `await`: re-enters this run. */
  resume<T>(value: T): T;
  /** The iterable of every `for await`: each step pauses and resumes like an `await`. */
  iterate<T>(iterable: AsyncIterable<T> | Iterable<T>): AsyncIterable<T>;
  /** `st.sessionState` in a compiled script, bound to the run's own session. */
  readonly sessionState: Record<string, any>;
  /** `st.queryParams` in a compiled script, bound to the run's own session. */
  readonly queryParams: Record<string, any>;
  /**
   * st.write, which the compiler's magic calls (through `call`) on a bare expression statement:
   * a script that never imports rivulet has no st of its own to call it on.
   */
  readonly write: (...values: unknown[]) => void;
}
