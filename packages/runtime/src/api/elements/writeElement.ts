import type { ElementNode } from "../../wire/protocol.ts";
import { currentExecution, takeSite } from "../../session/context.ts";
import { slotContainer, type Container } from "../container.ts";
import { checkNode } from "./nodeCheck.ts";

/**
 * Writes a display element (not a widget) at the next place in `target` (or in place of the
 * element `target` is the handle of), and returns its handle: writing to it replaces it.
 */
export function writeElement(target: Container, api: string, node: ElementNode): Container {
  takeSite();
  const exec = currentExecution(api);
  const { block, at } = target.place(exec);
  return slotContainer(block, exec.writer.writeElement(block, node, at, (changed) => checkNode(api, changed)), exec);
}
