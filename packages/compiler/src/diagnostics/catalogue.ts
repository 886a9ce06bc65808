// The catalogue lives in the runtime (packages/runtime/src/errors/catalogue.ts), which raises
// its run-time errors; the compiler reports the codes that have a severity (its checks). Its
// checks read the generated table of those codes' severities and messages (`checks`), so a
// compiler bundled for a page (the playground) carries none of the reference's docs; the docs
// (docs.ts) read the catalogue itself.
import { CHECKS } from "@rivulet/runtime/checks";

export {
  catalogue,
  fillMessage,
  type CatalogueEntry,
  type CheckEntry,
  type Placeholders,
  type RunCode,
  type Severity,
} from "@rivulet/runtime/catalogue";

export const checks = CHECKS;

/** A code the compiler reports. */
export type Code = keyof typeof CHECKS;

export function isCode(code: string): code is Code {
  return Object.hasOwn(CHECKS, code);
}
