// st.runSignal(): the AbortSignal of the running run. It aborts when the run is over, and as soon
// as the run is asked to halt (a newer run, the Stop button): hand it to fetch and the like so an
// interrupted run's pending work is cancelled with it.

import { currentExecution, takeSite } from "../session/context.ts";

export function runSignal(): AbortSignal {
  takeSite();
  return currentExecution("runSignal").signal;
}
