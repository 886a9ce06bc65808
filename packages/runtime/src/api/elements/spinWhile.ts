// Shows `node` (a spinner) in `place` while `body` runs, and empties the place once it is done,
// now or when its promise settles: st.spinner's body, and a cached function computing.

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
  return exec.afterSettled(result, () => exec.writer.clear(place));
}
