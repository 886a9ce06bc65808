// Reports an st call outside every function of a library module (a module the app imports):
// it runs at import, before any run, and raises there. What needs no run (a cached function, a
// fragment, a page) may stay at the top level.
import type { NodePath } from "@babel/traverse";
import { d } from "../../../diagnostics/index.ts";
import { MODULE_LEVEL_CALLS } from "../st-api.ts";
import type { CheckContext } from "./context.ts";

export function stCallAtModuleLevel(ctx: CheckContext): void {
  if (ctx.analysis.mode !== "library") return;
  for (const call of ctx.analysis.calls.values()) {
    if (MODULE_LEVEL_CALLS.has(call.method) || runsLater(call.path)) continue;
    ctx.report(d.st_call_at_module_level(ctx.span(call.path.node), { method: call.method }));
  }
}

/** In a function, or in an instance field's initializer (run when an instance is made). */
function runsLater(path: NodePath): boolean {
  return path.findParent((p) => p.isFunction() || ((p.isClassProperty() || p.isClassPrivateProperty()) && !p.node.static)) !== null;
}
