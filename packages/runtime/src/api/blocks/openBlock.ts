import { currentExecution, takeSite } from "../../session/context.ts";
import type { BlockSpec } from "../../tree/live.ts";
import { blockContainer, type Container } from "../container.ts";
import { checkBlock } from "../elements/nodeCheck.ts";

/**
 * Writes a block at the next place in `target` and returns it as a container (st.container,
 * st.expander…). A `key` must be unique in the run, as a widget's.
 */
export function openBlock(target: Container, api: string, spec: BlockSpec, key?: string): Container {
  takeSite();
  const exec = currentExecution(api);
  if (key !== undefined) exec.claimKey(key);
  checkBlock(api, spec);
  const { block, at } = target.place(exec);
  return blockContainer(exec.writer.writeBlock(block, spec, false, at), exec);
}
