// Rejects two forms given the same literal key that are created together in straight-line code:
// the run raises "There are multiple identical forms with `key='k'`" at the second, as in
// Streamlit. Forms in exclusive branches may share a key.
import { d } from "../../../diagnostics/index.ts";
import type { StCall } from "../analysis.ts";
import { literalKey } from "../options.ts";
import { runTogetherPairsByKey } from "../same-run.ts";
import type { CheckContext } from "./context.ts";

export function duplicateFormKey(ctx: CheckContext): void {
  const forms = [...ctx.analysis.calls.values()].filter((call) => call.method === "form");
  const keyOf = (form: StCall) => {
    const first = form.path.node.arguments[0];
    return first ? literalKey(first) : null;
  };
  for (const [key, earlier, second] of runTogetherPairsByKey(forms, keyOf, (f) => f.path, ctx.analysis)) {
    const line = String(ctx.span(earlier.path.node).start.line);
    ctx.report(d.duplicate_form_key(ctx.span(second.path.node.arguments[0]!), { key, line }));
  }
}
