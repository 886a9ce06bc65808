// The catalogue lives in the runtime (packages/runtime/src/errors/catalogue.ts), which raises
// its run-time errors; the compiler reports the codes that have a severity (its checks).
export {
  catalogue,
  fillMessage,
  isCheckCode as isCode,
  type CatalogueEntry,
  type CheckCode as Code,
  type CheckEntry,
  type Placeholders,
  type RunCode,
  type Severity,
} from "@rivulet/runtime/catalogue";
