// The `$rt` a compiled script receives, one per full run. Fragment closures and callbacks
// created in that run keep it, so before every st call and after every await it checks that
// the running execution may run its code: a superseded run halts instead of writing into a
// newer one.

import type { RunHandle } from "./compiledScript.ts";
import { getCurrent, setCurrent, swapSite } from "./context.ts";
import type { Execution, Frame } from "./execution.ts";
import type { Attention } from "./attention.ts";
import type { QueryParams } from "../state/queryParamsView.ts";
import { HaltSignal, isControlSignal } from "./signals.ts";
import { OutsideRunError } from "../errors/OutsideRunError.ts";
import { magicWrite } from "./magicWrite.ts";

export interface RunHost {
  readonly attention: Attention;
  readonly sessionStateView: Record<string, any>;
  readonly queryParamsView: QueryParams;
  readonly active: Execution | null;
  readonly haltRequested: boolean;
  /** The running execution is about to await: send what it wrote so far. */
  yielding(): void;
}

/**
 * `target[name]`, for `st.name(...)`. `st` is the script's `import * as st`: reading a module
 * namespace by a computed name is several times slower in V8 than reading a plain object, and a
 * rerun makes a thousand such calls, so the namespace is read through a plain copy of it (its
 * exports are functions and constant objects: the copy stays true).
 */
function methodOf(target: unknown, name: string): unknown {
  if (target !== namespace) {
    if (!isModuleNamespace(target)) return (target as Record<string, unknown>)[name];
    namespace = target;
    namespaceCopy = { ...target };
  }
  return namespaceCopy[name];
}

let namespace: object | null = null;
let namespaceCopy: Record<string, unknown> = {};

function isModuleNamespace(value: unknown): value is object {
  return typeof value === "object" && value !== null && Object.prototype.toString.call(value) === "[object Module]";
}

/** `$rt.rethrow`: a control signal caught by user code goes on. */
export function rethrowControlSignal(error: unknown): void {
  if (isControlSignal(error)) throw error;
}

/** Resumptions are told by brand: the one that resumes may be another copy of the runtime's. */
const RESUMPTION = Symbol.for("rivulet.resumption");

/** What `pause` hands to `resume` through an await. */
export class Resumption {
  readonly [RESUMPTION] = true;

  constructor(
    readonly exec: Execution,
    readonly frame: Frame,
    readonly value: unknown,
    readonly failed: boolean,
  ) {}
}

/** Whether an awaited value is what some run's `pause` wrapped, with the run it belongs to. */
export function isResumption(value: unknown): value is Resumption {
  return typeof value === "object" && value !== null && (value as { [RESUMPTION]?: unknown })[RESUMPTION] === true;
}

export class ScriptRunHandle implements RunHandle {
  readonly halt: Int32Array;

  constructor(
    private readonly host: RunHost,
    private readonly generation: number,
  ) {
    this.halt = host.attention.flag;
  }

  call(site: string, target: unknown, method: string | ((...args: never[]) => unknown), ...args: unknown[]): unknown {
    if (this.host.active === null) {
      throw new OutsideRunError(typeof method === "function" ? method.name : method);
    }
    this.enter();
    const outer = swapSite(site);
    try {
      const fn = typeof method === "function" ? method : methodOf(target, method);
      if (typeof fn !== "function") throw new TypeError(`${String(method)} is not a function`);
      return (fn as (...a: unknown[]) => unknown).apply(target, args);
    } finally {
      swapSite(outer);
    }
  }

  /** `st.sessionState` in a compiled script: this run's session, whichever run is current. */
  get sessionState(): Record<string, any> {
    return this.host.sessionStateView;
  }

  /** `st.queryParams` in a compiled script. */
  get queryParams(): QueryParams {
    return this.host.queryParamsView;
  }

  /** st.write, for the compiler's magic. */
  get write(): (...values: unknown[]) => void {
    return magicWrite();
  }

  checkpoint(): void {
    // Running a checkpoint means running: whatever it awaited before has come back.
    const active = this.host.active;
    if (active !== null) active.awaiting = false;
    this.host.attention.attend();
    if (this.host.haltRequested) throw new HaltSignal();
  }

  rethrow(error: unknown): void {
    rethrowControlSignal(error);
  }

  thrown<T>(value: T): T {
    const exec = this.host.active;
    if (exec !== null) exec.noteThrow(value);
    return value;
  }

  pause<T>(value: T): T {
    const exec = this.host.active;
    if (exec === null) return value;
    // Asked to halt since the last checkpoint: do not start waiting (nothing would end the wait).
    if (this.host.haltRequested) throw new HaltSignal();
    this.host.yielding();
    const frame = exec.snapshot();
    // No run is current while this one waits: code that resumes without `$rt.resume` (a module
    // the compiler did not see, a timer) finds no run instead of another session's.
    setCurrent(null);
    // The awaited value comes back wrapped with where the code was, so that `resume` can put
    // the run back there: an async block's code writes into its block after an await even
    // when the script did not wait for it and went on meanwhile.
    return Promise.resolve(value).then(
      (result) => new Resumption(exec, frame, result, false),
      (error: unknown) => new Resumption(exec, frame, error, true),
    ) as T;
  }

  resume<T>(value: T): T {
    // Code of a run that ended while it waited must not go on in a later one, even of the same
    // generation (a fragment rerun): it halts here.
    if (isResumption(value) && (value.exec.ended || value.exec !== this.host.active)) throw new HaltSignal();
    this.enter();
    const exec = this.host.active!;
    // This stretch of the run's code ends before the next microtask: then none of it is on the
    // stack (it waits, or it is done), and no run is current.
    queueMicrotask(() => {
      if (!exec.ended) exec.awaiting = true;
      if (getCurrent() === exec) setCurrent(null);
    });
    if (!isResumption(value)) return value;
    value.exec.restore(value.frame);
    if (value.failed) throw value.value;
    return value.value as T;
  }

  /**
   * `for await (x of it)` in a compiled script iterates `$rt.iterate(it)`: every step is an await
   * (what the run wrote goes out before it, the run is re-entered after it, a halted run stops
   * and closes the iterator).
   */
  iterate<T>(iterable: AsyncIterable<T> | Iterable<T>): AsyncIterable<T> {
    // A sync iterable's values are awaited one by one, as `for await` does.
    const source: AsyncIterator<T> =
      Symbol.asyncIterator in Object(iterable)
        ? (iterable as AsyncIterable<T>)[Symbol.asyncIterator]()
        : (async function* () {
            yield* iterable as Iterable<T>;
          })();
    return {
      [Symbol.asyncIterator]: () => ({
        next: async () => {
          try {
            // A halted run takes no further item: it closes the source instead.
            if (this.host.haltRequested || this.host.active === null) throw new HaltSignal();
            const step = this.pause(Promise.resolve(source.next()));
            return this.resume(await step) as IteratorResult<T>;
          } catch (error) {
            if (isControlSignal(error)) await source.return?.();
            throw error;
          }
        },
        return: async (value?: unknown) => (await source.return?.(value)) ?? { done: true, value: undefined as T },
      }),
    };
  }

  private enter(): void {
    if (this.halt[0] !== 0) this.checkpoint();
    const active = this.host.active;
    if (active === null || this.host.haltRequested) throw new HaltSignal();
    // Callbacks are closures of the run before; in the script phase only closures of the
    // full run that the running execution belongs to may go on.
    if (active.phase === "script" && active.generation !== this.generation) throw new HaltSignal();
    active.awaiting = false;
    setCurrent(active);
  }
}
