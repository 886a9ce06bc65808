// What every copy of the runtime in one process shares. A process can load this package twice:
// a test runner that runs the workspace's sources for the test while the compiled script imports
// the built package (Vitest's default for linked packages), or a bundler that duplicates it. A
// run started by one copy must be the run the other copy's st functions write to, and a cache
// one copy clears must be the one the other reads: so the run pointer, the call site, the
// caches and what the host provided (secrets, connection types, shared entries) live in one
// object on globalThis, made by whichever copy loads first. Control signals and
// RivuletAPIError are recognised by brand (Symbol.for), not by class, for the same reason.
// A copy whose layout of this object differs (another version) refuses to load, saying so.

import type { Execution } from "./execution.ts";

/** Bumped whenever the shape below changes: copies of different shapes cannot share it. */
const LAYOUT = 1;
const KEY = Symbol.for("rivulet.runtime.process-wide");

export interface ProcessWide {
  readonly layout: number;
  /** The modules of every copy loaded, for the message when two cannot share. */
  readonly copies: string[];
  /** The execution st functions write to (session/context.ts). */
  current: Execution | null;
  pendingSite: string | null;
  onStack: { cell: Int32Array; index: number } | null;
  /** Per API, every cached function's cache by function key (api/cache/caches.ts). */
  readonly caches: Map<string, Map<string, unknown>>;
  /** Slots of the host's provisions, by name (api/cache/shared.ts, api/secrets.ts, api/connection/types.ts). */
  readonly host: Map<string, unknown>;
}

function shared(): ProcessWide {
  const holder = globalThis as { [KEY]?: ProcessWide };
  const found = holder[KEY];
  const here = import.meta.url;
  if (found === undefined) {
    const made: ProcessWide = { layout: LAYOUT, copies: [here], current: null, pendingSite: null, onStack: null, caches: new Map(), host: new Map() };
    Object.defineProperty(holder, KEY, { value: made, enumerable: false, configurable: true });
    return made;
  }
  if (found.layout !== LAYOUT) {
    throw new Error(
      `Two different versions of Rivulet's runtime are loaded in this process (${found.copies[0]} and ${here}), and they cannot share a run. ` +
        "Install one version of rivulet (npm ls @rivulet/runtime shows where each comes from).",
    );
  }
  if (!found.copies.includes(here)) found.copies.push(here);
  return found;
}

export const processWide: ProcessWide = shared();

/** A slot of what the host provided, shared by every copy: made with `initial` by the first. */
export function hostSlot<T>(name: string, initial: () => T): { get(): T; set(value: T): void } {
  const { host } = processWide;
  if (!host.has(name)) host.set(name, initial());
  return {
    get: () => host.get(name) as T,
    set: (value) => void host.set(name, value),
  };
}
