// One typed constructor per check code, derived from the catalogue's checks at the type level:
// `d.invalid_rerun_scope(span, { scope: "page" })` type-checks its parameters against the
// `%name%` placeholders of the message, so codes, messages and call sites cannot drift apart.
import type { Diagnostic } from "@rivulet/runtime/protocol";
import { checks, fillMessage, type Code, type Placeholders } from "./catalogue.ts";
import { makeDiagnostic, type Span } from "./diagnostic.ts";

type ParamsOf<C extends Code> = { [P in Placeholders<(typeof checks)[C]["message"]>]: string };
type Constructor<C extends Code> = [Placeholders<(typeof checks)[C]["message"]>] extends [never]
  ? (span: Span) => Diagnostic
  : (span: Span, params: ParamsOf<C>) => Diagnostic;

export type Constructors = { [C in Code]: Constructor<C> };

export const d = Object.fromEntries(
  (Object.keys(checks) as Code[]).map((code) => [
    code,
    (span: Span, params: Record<string, string> = {}) => makeDiagnostic(code, checks[code].severity, fillMessage(checks[code].message, params), span),
  ]),
) as unknown as Constructors;
