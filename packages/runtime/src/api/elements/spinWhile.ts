// Shows `node` (a spinner) in `place` while `body` runs, and empties the place once it is done,
// now or when its promise settles: st.spinner's body, and a cached function computing. The run
// waits for an async body; its failure is its caller's (`try { await st.spinner(…) } catch`), as
// an exception inside Streamlit's `with st.spinner():` is the script's to catch.

import type { Execution } from "../../session/execution.ts";
import type { LiveBlock } from "../../tree/live.ts";
import type { ElementNode } from "../../wire/protocol.ts";

export function spinWhile<R>(exec: Execution, place: LiveBlock, node: ElementNode, body: () => R): R {
  exec.writer.writeElement(place, node);
  let result: R;
  try {
    result = body();
  } catch (error) {
    exec.writer.clear(place);
    throw error;
  }
  if (!(result instanceof Promise)) {
    exec.writer.clear(place);
    return result;
  }
  const done = result.finally(() => {
    if (!exec.ended) exec.writer.clear(place);
  });
  exec.waitFor(done);
  return done as R;
}
