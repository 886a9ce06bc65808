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

export function guardStrayScriptErrors(process: ProcessLike, warn: (message: string) => void = console.warn): void {
  if (installed.has(process)) return;
  installed.add(process);
  for (const event of ["uncaughtException", "unhandledRejection"] as const) {
    process.on(event, (reason) => {
      if (isControlSignal(reason)) return;
      if (reason instanceof OutsideRunError) return warn(`[rivulet] ${reason.message}`);
      // Not ours. Alone, we stand in for Node's default (stop on the error); beside other
      // listeners, they decide.
      if (process.listenerCount(event) === 1) throw reason;
    });
  }
}
