// The blocks of the element tree, as schemas (valibot): the shapes the tree, the diff and the
// page agree on. A block's own fields are here; its `children` are checked one by one (each a
// block or an element of the registry, packages/runtime/src/elements).
//
// `vertical` is `st.container`, `horizontal` the row `st.columns` makes, whose children are
// `column` blocks; `empty` is `st.empty` (holds at most one child); `fragment` is the transparent
// block a fragment renders into, so its rerun replaces exactly its own elements; `form` is
// `st.form`; `dialog` is `st.dialog`'s modal.

import * as v from "valibot";

const block = <B extends string, F extends v.ObjectEntries>(name: B, fields: F) =>
  v.object({ kind: v.literal("block"), block: v.literal(name), ...fields });

export const BLOCK_SCHEMAS = {
  vertical: block("vertical", { border: v.optional(v.boolean()) }),
  horizontal: block("horizontal", {}),
  column: block("column", {
    /** Relative width in its row. */
    weight: v.pipe(v.number(), v.finite(), v.minValue(0)),
    border: v.optional(v.boolean()),
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
