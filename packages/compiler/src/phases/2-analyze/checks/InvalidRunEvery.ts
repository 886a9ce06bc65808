// Rejects a `runEvery` literal that is not a duration: `st.fragment(fn, { runEvery: "2 sec" })`
// or a number <= 0. The runtime raises RivuletAPIError for the same values when the fragment is
// created (the grammar is shared: ../run-every.ts).
import type * as t from "@babel/types";
import { d } from "../../../diagnostics/index.ts";
import { onNamespace } from "../analysis.ts";
import { optionValue } from "../options.ts";
import { isValidRunEvery } from "../run-every.ts";
import { numberLiteral } from "../literals.ts";
import { staticString } from "../unwrap.ts";
import type { CheckContext } from "./context.ts";

export function invalidRunEvery(ctx: CheckContext): void {
  for (const call of ctx.analysis.calls.values()) {
    if (call.method !== "fragment" || !onNamespace(call)) continue;
    const value = optionValue(call, "runEvery");
    const literal = value ? literalValue(value.node) : null;
    if (value && literal !== null && !isValidRunEvery(literal)) {
      ctx.report(d.invalid_run_every(ctx.span(value.node), { value: String(literal) }));
    }
  }
}

/** A string or number literal (`-1` included), else null. */
function literalValue(node: t.Node): string | number | null {
  return numberLiteral(node) ?? staticString(node);
}
