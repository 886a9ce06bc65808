// docs/diagnostics.md is generated from the catalogue; it must be what the generator writes now.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { renderDiagnosticsDocs } from "../../packages/compiler/dist/diagnostics/docs.js";

test("docs/diagnostics.md is fresh (npx tsx packages/compiler/scripts/generate-docs.ts)", () => {
  const committed = readFileSync(fileURLToPath(new URL("../../docs/diagnostics.md", import.meta.url)), "utf8");
  expect(committed).toBe(renderDiagnosticsDocs());
});
