// The blocks of the element tree, as schemas (valibot): the shapes the tree, the diff and the
// page agree on. A block's own fields are here; its `children` are checked one by one (each a
// block or an element of the registry, packages/runtime/src/elements).
//
// `vertical` is `st.container`, `horizontal` the row `st.columns` makes, whose children are
// `column` blocks (a registry block, elements/column.ts, so that AppTest lists them); `empty` is `st.empty` (holds at most one child); `fragment` is the transparent
// block a fragment renders into, so its rerun replaces exactly its own elements; `form` is
// `st.form`; `dialog` is `st.dialog`'s modal.

import * as v from "valibot";

const block = <B extends string, F extends v.ObjectEntries>(name: B, fields: F) =>
  v.object({ kind: v.literal("block"), block: v.literal(name), ...fields });

/** The space between a layout block's children: Streamlit's 1rem, 2rem, 4rem, or none. */
const gap = v.optional(v.picklist(["small", "medium", "large", "none"]));
const pixels = v.pipe(v.number(), v.integer(), v.minValue(1));

export const BLOCK_SCHEMAS = {
  vertical: block("vertical", {
    border: v.optional(v.boolean()),
    /** Pixels: the container scrolls past them. "stretch": it fills the height it is given. Absent: it fits its content. */
    height: v.optional(v.union([pixels, v.literal("stretch")])),
    /** Pixels or "content"; absent: it fills its parent's width. */
    width: v.optional(v.union([pixels, v.literal("content")])),
    /** Children side by side (wrapping), instead of one under another. */
    horizontal: v.optional(v.literal(true)),
    /** Where the children sit across and along the block; "distribute" spreads them out. Absent: left, top. */
    horizontalAlignment: v.optional(v.picklist(["center", "right", "distribute"])),
    verticalAlignment: v.optional(v.picklist(["center", "bottom", "distribute"])),
    gap,
  }),
  horizontal: block("horizontal", {
    gap,
    /** Where each column's content sits in a row taller than it. Absent: top. */
    verticalAlignment: v.optional(v.picklist(["center", "bottom"])),
  }),
  empty: block("empty", {}),
  fragment: block("fragment", {}),
  /** The page holds the values of the widgets inside and sends them all with a click of one of its submit buttons. */
  form: block("form", {
    /** The form's key, unique among the forms of a run. */
    formId: v.string(),
    clearOnSubmit: v.boolean(),
    /** Enter in a text input of the form clicks its first submit button (when that is enabled). */
    enterToSubmit: v.boolean(),
    border: v.boolean(),
  }),
  /**
   * The page shows it while it is in the tree, and hides it when the user dismisses it (sending
   * `dismiss`) until a run writes the block anew (`set`: the script opened it again).
   */
  dialog: block("dialog", {
    /** The dialog's identity, named by `dismiss`. */
    id: v.string(),
    title: v.string(),
    /** small ≈ 500px, medium ≈ 750px, large ≈ 1280px. */
    width: v.picklist(["small", "medium", "large"]),
    /** Whether the X, Esc and a click outside dismiss it. */
    dismissible: v.boolean(),
  }),
} as const;

export type BlockKind = keyof typeof BLOCK_SCHEMAS;
