// Writes docs/diagnostics.md from the diagnostics catalogue.
// Run: npx tsx packages/compiler/scripts/generate-docs.ts
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderDiagnosticsDocs } from "../src/diagnostics/docs.ts";

const target = fileURLToPath(new URL("../../../docs/diagnostics.md", import.meta.url));
writeFileSync(target, renderDiagnosticsDocs());
console.log(`wrote ${target}`);
