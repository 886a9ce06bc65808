// What a dialog block (st.dialog) looks like and which user actions dismiss it. Pure, so the
// rules are tested without a browser; blocks/Dialog.svelte applies them.
import type { DialogBlockNode } from "./wire.ts";

/** Streamlit's widths: small, medium and large cards, never wider than the window. */
export const DIALOG_WIDTHS: Record<DialogBlockNode["width"], string> = {
  small: "500px",
  medium: "750px",
  large: "1280px",
};

/** A user action on an open dialog. */
export type DismissGesture = "close-button" | "escape" | "outside-click";

/** Whether `gesture` dismisses `node`: every gesture does when it is dismissible, none otherwise. */
export function dismisses(node: Pick<DialogBlockNode, "dismissible">, gesture: DismissGesture): boolean {
  return node.dismissible && (gesture === "close-button" || gesture === "escape" || gesture === "outside-click");
}
