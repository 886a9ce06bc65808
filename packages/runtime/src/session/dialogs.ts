// The dialogs of a session that the page may dismiss, and what a dismissal does (Streamlit's
// `on_dismiss`): "ignore" changes nothing on the server but the dialog's dismissed mark, "rerun"
// asks for a full run, a callable runs first thing in that run, as a widget callback would.
//
// A dismissed dialog stays closed on the page until a run opens it again: the page hides the
// block it dismissed, and the next call of the dialog's opener sends the block anew (see
// `takeDismissed`), which the page shows. A run that does not call the opener removes the block.

import { isAttached, type LiveBlock } from "../tree/live.ts";

export type OnDismiss = "ignore" | "rerun" | (() => unknown);

export interface OpenDialog {
  readonly id: string;
  readonly dismissible: boolean;
  readonly onDismiss: OnDismiss;
  /** Its block: once a run has removed it, the dialog is no longer on the page. */
  readonly block: LiveBlock;
  /** The full run whose closures opened it (the generation of the execution). */
  readonly openedBy: number;
}

export class DialogRegistry {
  private readonly open = new Map<string, OpenDialog>();
  private readonly dismissed = new Set<string>();
  private callbacks: (() => unknown)[] = [];

  /** The opener was called: the page shows the dialog. */
  opened(dialog: OpenDialog): void {
    this.open.set(dialog.id, dialog);
  }

  /** Whether the page dismissed `id` since it was last written (the write must then renew it). */
  takeDismissed(id: string): boolean {
    return this.dismissed.delete(id);
  }

  /** The page dismissed `id`. Returns whether a full run follows, or why the message is refused. */
  dismiss(id: string): { rerun: boolean } | string {
    const dialog = this.open.get(id);
    if (dialog === undefined || !isAttached(dialog.block)) return `No open dialog with id "${id}" in this session.`;
    if (!dialog.dismissible) return `Dialog "${id}" is not dismissible.`;
    this.dismissed.add(id);
    if (dialog.onDismiss === "ignore") return { rerun: false };
    if (typeof dialog.onDismiss === "function") this.callbacks.push(dialog.onDismiss);
    return { rerun: true };
  }

  /** The `onDismiss` callables of dismissals not yet handled, for the next full run to call. */
  takeCallbacks(): (() => unknown)[] {
    const callbacks = this.callbacks;
    this.callbacks = [];
    return callbacks;
  }

  /** After a full run completes: only the dialogs it opened are still on the page. */
  keepOnlyFrom(execId: number): void {
    for (const [id, dialog] of this.open) {
      if (dialog.openedBy === execId) continue;
      this.open.delete(id);
      this.dismissed.delete(id);
    }
  }
}
