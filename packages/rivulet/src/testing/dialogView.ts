// `at.dialog`: the dialogs on the page, as blocks whose elements are found like any others,
// plus what a user can do to the modal itself: dismiss it (its X, Esc, a click outside).

import type { BlockNode, ClientMessage, DialogBlockNode } from "@rivulet/runtime";
import { BlockView, type Harness } from "./views.ts";

/** What a dialog view needs of its AppTest. */
export interface DialogHarness extends Harness {
  /** The page hides `node` from now on (until a run writes the dialog anew). */
  hideDialog(node: BlockNode): void;
  post(message: ClientMessage): void;
}

export class DialogView extends BlockView {
  constructor(
    override readonly node: DialogBlockNode,
    private readonly dialogHarness: DialogHarness,
  ) {
    super(node, dialogHarness);
  }

  get id(): string {
    return this.node.id;
  }
  get title(): string {
    return this.node.title;
  }
  get width(): DialogBlockNode["width"] {
    return this.node.width;
  }
  get dismissible(): boolean {
    return this.node.dismissible;
  }

  /** Closes it as the user would; `run()` then sends the dismissal. Refused when it is not dismissible. */
  dismiss(): this {
    if (!this.node.dismissible) throw new Error(`AppTest: dialog "${this.title}" is not dismissible.`);
    this.dialogHarness.hideDialog(this.node);
    this.dialogHarness.post({ type: "dismiss", id: this.node.id });
    return this;
  }

  /** Runs the app with the interactions recorded so far. */
  run(options?: { timeout?: number }): Promise<unknown> {
    return this.dialogHarness.run(options);
  }
}

/** The dialogs under `roots` the page shows, in page order. */
export function dialogsIn(
  roots: readonly BlockNode[],
  hidden: (node: BlockNode) => boolean,
  harness: DialogHarness,
): DialogView[] {
  const found: DialogView[] = [];
  const visit = (node: BlockNode): void => {
    if (hidden(node)) return;
    if (node.block === "dialog") found.push(new DialogView(node, harness));
    for (const child of node.children) if (child.kind === "block") visit(child);
  };
  roots.forEach(visit);
  return found;
}
