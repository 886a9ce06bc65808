// The exceptions a run leaves on the page, with where the script threw them: read from the
// session's own tree when the run ends, for the editor to mark their lines.
import type { TreeNode } from "@rivulet/runtime";
import { SCRIPT_FILE, type RunError } from "../messages.ts";

/** The exceptions in `roots`, in the script (an error of the runtime's own has no place there). */
export function runErrorsIn(roots: readonly TreeNode[]): RunError[] {
  const errors: RunError[] = [];
  const walk = (node: TreeNode): void => {
    if (node.kind === "block") return node.children.forEach(walk);
    if (node.kind === "exception" && node.loc?.file === SCRIPT_FILE) {
      errors.push({ line: node.loc.line, column: node.loc.column, message: `${node.type}: ${node.message}` });
    }
  };
  roots.forEach(walk);
  return errors;
}
