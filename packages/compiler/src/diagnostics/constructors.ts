// One typed constructor per catalogue code, derived from the catalogue at the type level:
// `d.invalid_rerun_scope(span, { scope: "page" })` type-checks its parameters against the
// `%name%` placeholders of the message, so codes, messages and call sites cannot drift apart.
import type { Diagnostic } from "@rivulet/runtime/protocol";
import { catalogue, type Code } from "./catalogue.ts";
import { makeDiagnostic, type Span } from "./diagnostic.ts";

type Placeholders<S extends string> = S extends `${string}%${infer P}%${infer Rest}` ? P | Placeholders<Rest> : never;
type ParamsOf<C extends Code> = { [P in Placeholders<(typeof catalogue)[C]["message"]>]: string };
type Constructor<C extends Code> = [Placeholders<(typeof catalogue)[C]["message"]>] extends [never]
  ? (span: Span) => Diagnostic
  : (span: Span, params: ParamsOf<C>) => Diagnostic;

export type Constructors = { [C in Code]: Constructor<C> };

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/%(\w+)%/g, (_, name: string) => params[name] ?? `%${name}%`);
}

export const d = Object.fromEntries(
  (Object.keys(catalogue) as Code[]).map((code) => [
    code,
    (span: Span, params: Record<string, string> = {}) =>
      makeDiagnostic(code, catalogue[code].severity, fill(catalogue[code].message, params), span),
  ]),
) as unknown as Constructors;
