// st.fragment: the returned function renders `fn` into a block of its own; a widget inside it
// reruns only that block, re-entering the closure with the scope it captured and the arguments
// of its last call.

import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { durationSeconds } from "./duration.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { currentExecution, takeSite } from "../session/context.ts";
import { exceptionNode } from "../session/exceptionNode.ts";
import { ShownSignal, isControlSignal } from "../session/signals.ts";
import type { Execution } from "../session/execution.ts";
import type { LiveBlock } from "../tree/live.ts";

export interface FragmentOptions {
  /** Rerun the fragment on a timer while the page is open: seconds, or a duration such as "2s". */
  runEvery?: number | string | null;
}

export function fragment<A extends unknown[], R>(fn: (...args: A) => R, options: FragmentOptions = {}): (...args: A) => R {
  const site = takeSite();
  if (typeof fn !== "function") throw invalidOption("fragment", "fn", "a function", fn);
  const runEvery = parseRunEvery(options.runEvery);
  return (...args: A): R => {
    takeSite();
    const exec = currentExecution("fragment");
    const id = exec.identity(site, "fragment", fn.name);
    const block = exec.writer.writeBlock(exec.container, { block: "fragment" });
    return renderFragment(exec, { id, fn, args, block, runEvery });
  };
}

/**
 * Runs `fn(...args)` as fragment `id` rendering into `block` (its own `fragment` block, or a
 * dialog's): registers it so a widget inside reruns only it, and shows an exception inside it.
 */
export function renderFragment<A extends unknown[], R>(
  exec: Execution,
  spec: { id: string; fn: (...args: A) => R; args: A; block: LiveBlock; runEvery: number | null },
): R {
  const { id, fn, args, block, runEvery } = spec;
  // Created by the full run whose closures it holds, also when a fragment rerun renders it.
  const instance = { id, fn: fn as (...a: unknown[]) => unknown, args, block, runEvery, createdBy: exec.generation };
  exec.session.fragments.add(instance);
  // An exception in the fragment shows inside it and ends the run there (Streamlit's
  // FragmentHandledException).
  const shown = (error: unknown): never => {
    if (isControlSignal(error)) throw error;
    exec.writer.writeElement(block, exceptionNode(error, exec.session.script, exec.originOf(error)));
    throw new ShownSignal(error);
  };
  // The catch goes inside the block, so the promise the run waits for is the handled one.
  return exec.inFragment(instance, () => {
    try {
      const result = fn(...args);
      return (result instanceof Promise ? result.catch(shown) : result) as R;
    } catch (error) {
      return shown(error);
    }
  });
}

/** Seconds, from a number of seconds or a duration string ("500ms", "2s", "1m"). */
export function parseRunEvery(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const seconds = typeof value === "number" || typeof value === "string" ? durationSeconds(value) : null;
  if (seconds === null) throw new RivuletAPIError("invalid_run_every", { value: String(value) });
  return seconds;
}
