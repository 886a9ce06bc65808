// What every check receives: the analysis, a way to locate nodes, and a sink for diagnostics.
import type * as t from "@babel/types";
import type { Diagnostic } from "@rivulet/runtime/protocol";
import type { Span } from "../../../diagnostics/index.ts";
import type { Analysis } from "../analysis.ts";

export interface CheckContext {
  analysis: Omit<Analysis, "diagnostics">;
  span(node: t.Node): Span;
  report(diagnostic: Diagnostic): void;
}

export type Check = (ctx: CheckContext) => void;
