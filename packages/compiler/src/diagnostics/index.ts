export { catalogue, checks, isCode, type Code, type CatalogueEntry, type CheckEntry, type RunCode, type Severity } from "./catalogue.ts";
export { d } from "./constructors.ts";
export { makeDiagnostic, type Span } from "./diagnostic.ts";
export { formatDiagnostic } from "./format.ts";
