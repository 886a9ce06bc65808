// The dialogs a file opens where it shows them: `const confirm = st.dialog(title, fn)` (a
// constant) and each call `confirm(...)`, with the dialog's function when it is written here.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { onNamespace, type StCall } from "./analysis.ts";
import { resolveLocalFunction } from "./local-functions.ts";

export interface Dialog {
  call: StCall;
  /** The function the dialog runs, when the file has it. */
  body: NodePath<t.Function> | null;
  /** The calls that open it. */
  opens: NodePath<t.CallExpression>[];
}

export function dialogsOf(calls: Iterable<StCall>): Dialog[] {
  const dialogs: Dialog[] = [];
  for (const call of calls) {
    if (call.method !== "dialog" || !onNamespace(call)) continue;
    const fn = call.path.get("arguments")[1];
    const dialog: Dialog = { call, body: fn ? resolveLocalFunction(fn as NodePath) : null, opens: [] };
    dialogs.push(dialog);
    const declarator = call.path.parentPath;
    if (!declarator.isVariableDeclarator() || declarator.node.id.type !== "Identifier") continue;
    const binding = declarator.scope.getBinding(declarator.node.id.name);
    if (!binding?.constant) continue;
    for (const ref of binding.referencePaths) {
      if (ref.parentPath?.isCallExpression() && ref.key === "callee") dialog.opens.push(ref.parentPath);
    }
  }
  return dialogs;
}
