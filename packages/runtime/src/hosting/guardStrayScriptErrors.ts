// Script code can outlive its run: a timer, or a promise the script did not await, that calls
// st or awaits after the run ended. It then throws (a halt signal, an OutsideRunError) where
// nobody catches it, and Node's default for an uncaught error is to stop the process: the
// whole server, every session. A host installs this guard once; it logs such strays and leaves
// every other error to the process's usual handling.

import { OutsideRunError } from "../errors/OutsideRunError.ts";
import { isControlSignal } from "../session/signals.ts";

/** The part of Node's `process` the guard uses (the runtime core names no Node API). */
export interface ProcessLike {
  on(event: "uncaughtException" | "unhandledRejection", listener: (reason: unknown) => void): unknown;
  listenerCount(event: "uncaughtException" | "unhandledRejection"): number;
}

const installed = new WeakSet<object>();

export interface GuardOptions {
  /** Where the strays go (an st call outside a run): console.warn by default. */
  warn?: (message: string) => void;
  /**
   * Any other uncaught error. Without it the guard stands in for Node's default when it is the
   * only listener (the process stops on the error); a host whose thread runs only scripts (a
   * session worker) logs them instead, so one script's stray throw ends no one's session.
   */
  other?: (error: unknown) => void;
}

export function guardStrayScriptErrors(process: ProcessLike, options: GuardOptions = {}): void {
  if (installed.has(process)) return;
  installed.add(process);
  const warn = options.warn ?? ((message: string) => console.warn(message));
  for (const event of ["uncaughtException", "unhandledRejection"] as const) {
    process.on(event, (reason) => {
      if (isControlSignal(reason)) return;
      if (reason instanceof OutsideRunError) return warn(`[rivulet] ${reason.message}`);
      if (options.other !== undefined) return options.other(reason);
      // Alone, we stand in for Node's default (stop on the error); beside other listeners, they decide.
      if (process.listenerCount(event) === 1) throw reason;
    });
  }
}
