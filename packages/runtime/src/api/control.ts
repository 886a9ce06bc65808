// st.rerun and st.stop end the run with a control signal no user try/catch can swallow.

import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { currentExecution, takeSite } from "../session/context.ts";
import { RerunSignal, StopSignal } from "../session/signals.ts";

export interface RerunOptions {
  scope?: "app" | "fragment";
}

/**
 * Ends this run and starts another, of the whole app or of the running fragment. In a callback
 * it ends the callback and is otherwise a no-op, as in Streamlit.
 */
export function rerun(options: RerunOptions = {}): void {
  takeSite();
  const exec = currentExecution("rerun");
  const scope = options.scope ?? "app";
  if (scope !== "app" && scope !== "fragment") {
    throw new RivuletAPIError("invalid_rerun_scope", { scope: String(scope) });
  }
  if (scope === "fragment" && exec.scope.kind !== "fragment" && exec.phase === "script") {
    throw new RivuletAPIError("rerun_scope_fragment_outside_fragment");
  }
  throw new RerunSignal(scope, new Error("st.rerun()"));
}

/** Ends this run. Elements it did not rewrite are removed, as when a run completes. */
export function stop(): never {
  takeSite();
  currentExecution("stop");
  throw new StopSignal();
}
