// Which form a block is in: the nearest `form` block among it and its ancestors. Forms do not
// nest, so there is at most one.

import type { BlockSpec, LiveBlock } from "../../tree/live.ts";

export type FormSpec = Extract<BlockSpec, { block: "form" }>;

export function formOf(block: LiveBlock): FormSpec | null {
  for (let b: LiveBlock | null = block; b !== null; b = b.parent) {
    if (b.spec.block === "form") return b.spec;
  }
  return null;
}
