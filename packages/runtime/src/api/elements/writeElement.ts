import type { ElementNode } from "../../wire/protocol.ts";
import { currentExecution, takeSite } from "../../session/context.ts";
import type { Container } from "../container.ts";
import { checkNode } from "./nodeCheck.ts";

/** Writes a display element (not a widget) at the next place in `target`. */
export function writeElement(target: Container, api: string, node: ElementNode): void {
  takeSite();
  const exec = currentExecution(api);
  checkNode(api, node);
  exec.writer.writeElement(target.resolve(exec), node);
}
