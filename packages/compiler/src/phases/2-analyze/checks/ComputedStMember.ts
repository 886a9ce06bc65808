// Reports `st[expression]` on the namespace import where the expression is not a literal the
// compiler can read (`st["header"]` is read, and bound, like `st.header`): a call through it gets
// no site id, no checkpoint and no checks (see the catalogue's computed_st_member).
import type * as t from "@babel/types";
import { d } from "../../../diagnostics/index.ts";
import type { CheckContext } from "./context.ts";

export function computedStMember(ctx: CheckContext): void {
  for (const binding of ctx.analysis.imports.namespaces) {
    for (const ref of binding.referencePaths) {
      const parent = ref.parentPath;
      if (!parent?.isMemberExpression() || parent.node.object !== ref.node || !parent.node.computed) continue;
      if (readable(parent.node.property)) continue;
      const property = parent.node.property;
      const text = property.start != null && property.end != null ? ctx.span(property).source.slice(property.start, property.end) : "…";
      ctx.report(d.computed_st_member(ctx.span(parent.node), { expression: text.length > 40 ? `${text.slice(0, 37)}...` : text }));
    }
  }
}

function readable(property: t.Node): boolean {
  if (property.type === "StringLiteral") return true;
  return property.type === "TemplateLiteral" && property.expressions.length === 0;
}
