// Shared by the import and export-from visitors: applies the caller's `rewriteImport`.
import * as t from "@babel/types";
import type { TransformState } from "./state.ts";

export function rewriteSource(source: t.StringLiteral, state: TransformState): void {
  if (state.done.has(source)) return;
  state.done.add(source);
  const rewritten = state.rewriteImport(source.value);
  if (rewritten === source.value) return;
  source.value = rewritten;
  // Babel prints `extra.raw` when present; drop it so the new value is printed.
  delete source.extra;
}

export function rewriteSourceOf(node: { source?: t.Node | null }, state: TransformState): void {
  if (node.source && t.isStringLiteral(node.source)) rewriteSource(node.source, state);
}
