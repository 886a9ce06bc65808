import type { ElementNode } from "../../wire/protocol.ts";
import { currentExecution, takeSite } from "../../session/context.ts";
import type { Container } from "../container.ts";

/** Writes a display element (not a widget) at the next place in `target`. */
export function writeElement(target: Container, api: string, node: ElementNode): void {
  takeSite();
  const exec = currentExecution(api);
  exec.writer.writeElement(target.resolve(exec), node);
}
