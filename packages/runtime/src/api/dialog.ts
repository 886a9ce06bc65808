// st.dialog: the returned function opens a modal whose body is a fragment rendered into a
// `dialog` block written where the opener is called. A widget inside reruns only the dialog;
// `st.rerun()` inside closes it, because the full run does not call the opener again and so
// does not write its block. One dialog per run, none inside another (Streamlit 1.50).

import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { currentExecution, takeSite } from "../session/context.ts";
import type { OnDismiss } from "../session/dialogs.ts";
import type { LiveBlock } from "../tree/live.ts";
import type { DialogBlockNode } from "../wire/protocol.ts";
import { renderFragment } from "./fragment.ts";

export interface DialogOptions {
  /** The modal's width: "small" (about 500px, the default), "medium" (750px) or "large" (1280px). */
  width?: DialogBlockNode["width"];
  /** Whether the user can close it with its X, Esc or a click outside (default true). */
  dismissible?: boolean;
  /**
   * What a dismissal does: "ignore" (the default: the page closes it, nothing reruns), "rerun"
   * (a full rerun), or a function called before that full rerun, as a widget callback is.
   */
  onDismiss?: OnDismiss;
}

const WIDTHS: readonly string[] = ["small", "medium", "large"] satisfies DialogBlockNode["width"][];


export function dialog<A extends unknown[], R>(
  title: string,
  fn: (...args: A) => R,
  options: DialogOptions = {},
): (...args: A) => R {
  const site = takeSite();
  if (typeof title !== "string" || title === "") {
    throw new RivuletAPIError("empty_dialog_title");
  }
  if (typeof fn !== "function") throw invalidOption("dialog", "fn", "a function", fn);
  const width = options.width ?? "small";
  if (!WIDTHS.includes(width)) {
    throw invalidOption("dialog", "width", '"small", "medium" or "large"', width);
  }
  const dismissible = options.dismissible ?? true;
  const onDismiss = options.onDismiss ?? "ignore";
  if (onDismiss !== "ignore" && onDismiss !== "rerun" && typeof onDismiss !== "function") {
    throw invalidOption("dialog", "onDismiss", '"ignore", "rerun" or a function', onDismiss);
  }
  return (...args: A): R => {
    takeSite();
    const exec = currentExecution("dialog");
    const parent = exec.container;
    if (insideDialog(parent)) throw new RivuletAPIError("nested_dialog");
    if (exec.openedDialog) {
      throw new RivuletAPIError("dialog_opened_twice");
    }
    exec.openedDialog = true;
    const id = exec.identity(site, "dialog", title);
    const { dialogs } = exec.session;
    const spec = { block: "dialog", id, title, width, dismissible } as const;
    const block = exec.writer.writeBlock(parent, spec, dialogs.takeDismissed(id));
    dialogs.opened({ id, dismissible, onDismiss, block, openedBy: exec.generation });
    return renderFragment(exec, { id, fn, args, block, runEvery: null });
  };
}

function insideDialog(block: LiveBlock): boolean {
  for (let b: LiveBlock | null = block; b !== null; b = b.parent) if (b.spec.block === "dialog") return true;
  return false;
}
