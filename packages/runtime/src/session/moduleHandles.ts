// The `$rt` of an app's other modules (the compiler's library mode). The entry script's run
// function receives its run's handle; a helper module has no run function, so each of its
// functions takes the handle of the run on the stack when it is entered (`runHandle()`), and
// keeps it across its awaits as the run function keeps its own. Code outside every function of
// such a module (and a function entered when no run is going, at import) has `ambientHandle`,
// which finds the run at each use.

import type { RunHandle } from "./compiledScript.ts";
import { getCurrent, swapSite } from "./context.ts";
import { isResumption, rethrowControlSignal } from "./runHandle.ts";
import { OutsideRunError } from "../errors/OutsideRunError.ts";

/** No run, no halt: a module's code at import is never halted. */
const NEVER_HALTED = new Int32Array(1);

/** The handle of the run on the stack, or the ambient one when none is. */
export function runHandle(): RunHandle {
  return getCurrent()?.handle ?? ambientHandle;
}

export const ambientHandle: RunHandle = {
  get halt(): Int32Array {
    return getCurrent()?.handle.halt ?? NEVER_HALTED;
  },
  call(site, target, method, ...args) {
    const handle = getCurrent()?.handle;
    if (handle !== undefined) return handle.call(site, target, method, ...args);
    // No run: the call is made as it is (st.cacheData and st.Page at a module's top level need
    // none; an element raises that no run is going), with its site.
    const outer = swapSite(site);
    try {
      const fn = typeof method === "function" ? method : (target as Record<string, unknown>)[method];
      if (typeof fn !== "function") throw new TypeError(`${String(method)} is not a function`);
      return (fn as (...a: unknown[]) => unknown).apply(target, args);
    } finally {
      swapSite(outer);
    }
  },
  checkpoint() {
    getCurrent()?.handle.checkpoint();
  },
  rethrow: rethrowControlSignal,
  thrown(value) {
    getCurrent()?.noteThrow(value);
    return value;
  },
  pause(value) {
    const handle = getCurrent()?.handle;
    return handle === undefined ? value : handle.pause(value);
  },
  resume(value) {
    // What a run's pause wrapped goes back to that run, whichever is current now.
    return isResumption(value) ? value.exec.handle.resume(value) : value;
  },
  iterate(iterable) {
    const handle = getCurrent()?.handle;
    if (handle !== undefined) return handle.iterate(iterable);
    return Symbol.asyncIterator in Object(iterable)
      ? (iterable as AsyncIterable<never>)
      : (async function* () {
          yield* iterable as Iterable<never>;
        })();
  },
  get sessionState(): Record<string, any> {
    const handle = getCurrent()?.handle;
    if (handle === undefined) throw new OutsideRunError("sessionState");
    return handle.sessionState;
  },
  get queryParams(): Record<string, any> {
    const handle = getCurrent()?.handle;
    if (handle === undefined) throw new OutsideRunError("queryParams");
    return handle.queryParams;
  },
  get write(): (...values: unknown[]) => void {
    const handle = getCurrent()?.handle;
    if (handle === undefined) throw new OutsideRunError("write");
    return handle.write;
  },
};
