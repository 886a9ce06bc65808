// Rejects two forms given the same literal key that are created together in straight-line code:
// the run raises "There are multiple identical forms with `key='k'`" at the second, as in
// Streamlit. Forms in exclusive branches may share a key.
import { d } from "../../../diagnostics/index.ts";
import type { StCall } from "../analysis.ts";
import { literalKey } from "../options.ts";
import { runTogetherPairs } from "../same-run.ts";
import type { CheckContext } from "./context.ts";

export function duplicateFormKey(ctx: CheckContext): void {
  const byKey = new Map<string, StCall[]>();
  for (const call of ctx.analysis.calls.values()) {
    const first = call.method === "form" ? call.path.node.arguments[0] : undefined;
    const key = first ? literalKey(first) : null;
    if (key === null) continue;
    const forms = byKey.get(key);
    if (forms === undefined) byKey.set(key, [call]);
    else forms.push(call);
  }
  for (const [key, forms] of byKey) {
    for (const [earlier, second] of runTogetherPairs(forms, (f) => f.path, ctx.analysis)) {
      const line = String(ctx.span(earlier.path.node).start.line);
      ctx.report(d.duplicate_form_key(ctx.span(second.path.node.arguments[0]!), { key, line }));
    }
  }
}
