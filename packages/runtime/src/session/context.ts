// Which execution the st functions write to. st functions are synchronous, and the compiled
// script sets this before every st call and after every await (`$rt.call`, `$rt.resume`), so a
// module-level pointer is right even when several sessions' runs interleave on one thread.

import { OutsideRunError } from "../errors/OutsideRunError.ts";
import type { Execution } from "./execution.ts";

let current: Execution | null = null;
let pendingSite: string | null = null;

export function setCurrent(execution: Execution | null): void {
  current = execution;
}

/** The execution st functions write to now (to restore it after a nested run). */
export function getCurrent(): Execution | null {
  return current;
}

export function currentExecution(api: string): Execution {
  if (current === null || current.ended) {
    throw new OutsideRunError(api);
  }
  return current;
}

/** Makes `site` the call site the next st function takes; returns the one it replaces. */
export function swapSite(site: string | null): string | null {
  const outer = pendingSite;
  pendingSite = site;
  return outer;
}

/** The call site the compiler gave the st call being made, taken once. */
export function takeSite(): string {
  const site = pendingSite;
  pendingSite = null;
  // Calls the compiler could not see (a container passed as a parameter) share one site;
  // label and occurrence still tell their widgets apart.
  return site ?? "?";
}
