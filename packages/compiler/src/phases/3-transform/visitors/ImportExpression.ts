// `import("x")` with a literal source: the source goes through `rewriteImport`.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { rewriteSourceOf } from "../import-source.ts";
import type { TransformState } from "../state.ts";

export function ImportExpression(path: NodePath<t.ImportExpression>, state: TransformState): void {
  rewriteSourceOf(path.node, state);
}
