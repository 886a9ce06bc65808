export { compile, type CompileMode, type CompileOptions, type CompileResult } from "./compile.ts";
export { catalogue, formatDiagnostic, type Code, type CatalogueEntry, type RunCode } from "./diagnostics/index.ts";
export type { Diagnostic } from "@rivulet/runtime/protocol";
