export { compile, type CompileOptions, type CompileResult } from "./compile.ts";
export { catalogue, formatDiagnostic, type Code, type CatalogueEntry } from "./diagnostics/index.ts";
export type { Diagnostic } from "@rivulet/runtime/protocol";
