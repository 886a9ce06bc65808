// The exceptions a run leaves on the page, with where the script threw them: the session worker
// keeps the page as the page does (the runtime's page model, fed every message it sends) and,
// after each run, tells the editor which lines to mark.
import { applyMessage, emptyPage, type ServerMessage, type TreeNode } from "@rivulet/runtime";
import { SCRIPT_FILE, type RunError } from "../messages.ts";

export class RunErrors {
  readonly #page = emptyPage();

  see(message: ServerMessage): void {
    applyMessage(this.#page, message);
  }

  /** The exceptions on the page now, in the script (an error of the runtime's own has no place there). */
  shown(): RunError[] {
    const errors: RunError[] = [];
    const walk = (node: TreeNode): void => {
      if (node.kind === "block") return node.children.forEach(walk);
      if (node.kind === "exception" && node.loc?.file === SCRIPT_FILE) {
        errors.push({ line: node.loc.line, column: node.loc.column, message: `${node.type}: ${node.message}` });
      }
    };
    this.#page.roots.forEach(walk);
    return errors;
  }
}
