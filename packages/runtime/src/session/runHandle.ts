// The `$rt` a compiled script receives, one per full run. Fragment closures and callbacks
// created in that run keep it, so before every st call and after every await it checks that
// the running execution may run its code: a superseded run halts instead of writing into a
// newer one.

import type { RunHandle } from "../internal.ts";
import { atSite, setCurrent } from "./context.ts";
import type { Execution } from "./execution.ts";
import type { Attention } from "./attention.ts";
import { HaltSignal, isControlSignal } from "./signals.ts";
import { OutsideRunError } from "../errors/OutsideRunError.ts";

export interface RunHost {
  readonly attention: Attention;
  readonly active: Execution | null;
  readonly haltRequested: boolean;
  /** The running execution is about to await: send what it wrote so far. */
  yielding(): void;
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
    return atSite(site, () =>
      typeof method === "function"
        ? (method as (...a: unknown[]) => unknown).apply(target, args)
        : (target as Record<string, (...a: unknown[]) => unknown>)[method]!(...args),
    );
  }

  checkpoint(): void {
    this.host.attention.attend();
    if (this.host.haltRequested) throw new HaltSignal();
  }

  rethrow(error: unknown): void {
    if (isControlSignal(error)) throw error;
  }

  pause<T>(value: T): T {
    if (this.host.active !== null) this.host.yielding();
    // No run is current while this one waits: code of another session's run resuming meanwhile
    // must not find this one (resume sets it again).
    setCurrent(null);
    return value;
  }

  resume<T>(value: T): T {
    this.enter();
    return value;
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
