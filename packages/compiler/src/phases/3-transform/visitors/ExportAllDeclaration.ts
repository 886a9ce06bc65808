// `export * from "x"`: the source goes through `rewriteImport`.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { rewriteSourceOf } from "../import-source.ts";
import type { TransformState } from "../state.ts";

export function ExportAllDeclaration(path: NodePath<t.ExportAllDeclaration>, state: TransformState): void {
  rewriteSourceOf(path.node, state);
}
