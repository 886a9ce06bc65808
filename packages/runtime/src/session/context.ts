// Which execution the st functions write to. st functions are synchronous, and the compiled
// script sets this before every st call and after every await (`$rt.call`, `$rt.resume`), so a
// module-level pointer is right even when several sessions' runs interleave on one thread.

import { OutsideRunError } from "../errors/OutsideRunError.ts";
import type { Execution } from "./execution.ts";
// The pointer is the process's, whichever copy of the runtime is loaded (./processWide.ts).
import { processWide } from "./processWide.ts";

const shared = processWide;

export function setCurrent(execution: Execution | null): void {
  shared.current = execution;
  const onStack = shared.onStack;
  if (onStack !== null) onStack.cell[onStack.index] = execution === null ? 0 : execution.session.tag;
}

/**
 * A host whose thread may be stuck in code no checkpoint reaches (a dependency's long call) has
 * the tag of the session whose run is on the stack kept in `cell[index]` (0 when none is), in
 * memory another thread can read while this one is stuck.
 */
export function reportRunsTo(cell: Int32Array, index: number): void {
  shared.onStack = { cell, index };
}

/** The execution st functions write to now (to restore it after a nested run). */
export function getCurrent(): Execution | null {
  return shared.current;
}

export function currentExecution(api: string): Execution {
  const current = shared.current;
  if (current === null || current.ended) {
    throw new OutsideRunError(api);
  }
  return current;
}

/** Makes `site` the call site the next st function takes; returns the one it replaces. */
export function swapSite(site: string | null): string | null {
  const outer = shared.pendingSite;
  shared.pendingSite = site;
  return outer;
}

/** The call site the compiler gave the st call being made, taken once. */
export function takeSite(): string {
  const site = shared.pendingSite;
  shared.pendingSite = null;
  // Calls the compiler could not see (a container passed as a parameter) share one site;
  // label and occurrence still tell their widgets apart.
  return site ?? "?";
}
