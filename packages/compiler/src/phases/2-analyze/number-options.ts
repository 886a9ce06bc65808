// Reading a widget's numeric options for the range checks: each is a number literal, certainly
// absent (so the runtime takes its default), or unknown (then nothing is reported).
import type * as t from "@babel/types";
import type { StCall } from "./analysis.ts";
import { numberLiteral } from "./literals.ts";
import { optionAbsent, optionValue } from "./options.ts";
import { unwrap } from "./unwrap.ts";

export type NumberOption = { kind: "number"; value: number; node: t.Node } | { kind: "absent" } | { kind: "unknown" };

/**
 * Option `name` of a call whose options object follows `positional` arguments. `null` counts
 * as absent when `nullIsAbsent` (`options.minValue ?? default`, as st.numberInput reads it).
 */
export function numberOption(call: StCall, name: string, positional: number, nullIsAbsent: boolean): NumberOption {
  const given = optionValue(call, name);
  if (given === null) return optionAbsent(call, name, positional) ? { kind: "absent" } : { kind: "unknown" };
  const n = unwrap(given.node);
  if (n.type === "Identifier" && n.name === "undefined") return { kind: "absent" };
  if (n.type === "NullLiteral" && nullIsAbsent) return { kind: "absent" };
  const value = numberLiteral(n);
  return value !== null && Number.isFinite(value) ? { kind: "number", value, node: given.node } : { kind: "unknown" };
}
