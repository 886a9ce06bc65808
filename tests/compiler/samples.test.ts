// Runs every fixture in samples/: compiles input.ts and compares the output with _expected.js
// and the diagnostics with _diagnostics.json. UPDATE_SNAPSHOTS=1 rewrites the expected files.
// A sample's name says what it must show:
//   error.<code>[.<variant>]      an error with that code
//   warning.<code>[.<variant>]    a warning with that code
//   info.<code>[.<variant>]       an info with that code
//   near-miss.<code>[.<variant>]  no diagnostic with that code
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { catalogue, compile, type CompileOptions } from "@rivulet/compiler";
import { describe, expect, test } from "vitest";

const samplesDir = fileURLToPath(new URL("./samples", import.meta.url));
const update = process.env.UPDATE_SNAPSHOTS === "1";
const samples = readdirSync(samplesDir).sort();

export interface SampleConfig {
  options?: Partial<CompileOptions>;
}

async function loadConfig(dir: string): Promise<SampleConfig> {
  const file = join(dir, "_config.ts");
  return existsSync(file) ? ((await import(pathToFileURL(file).href)) as { default: SampleConfig }).default : {};
}

function expectFile(file: string, actual: string | null): void {
  if (update) {
    if (actual === null) rmSync(file, { force: true });
    else writeFileSync(file, actual);
    return;
  }
  if (actual === null) {
    expect(existsSync(file), `${file} should not exist: the sample produces no code`).toBe(false);
    return;
  }
  expect(existsSync(file), `${file} is missing; run with UPDATE_SNAPSHOTS=1`).toBe(true);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

describe("compiler samples", () => {
  test.each(samples)("%s", async (name) => {
    const dir = join(samplesDir, name);
    const input = readFileSync(join(dir, "input.ts"), "utf8");
    const config = await loadConfig(dir);
    const result = compile(input, { filename: "input.ts", ...config.options });

    expectFile(join(dir, "_expected.js"), result.code === null ? null : `${result.code}\n`);
    expectFile(join(dir, "_diagnostics.json"), `${JSON.stringify(result.diagnostics, null, 2)}\n`);

    const [kind, code] = name.split(".");
    const codes = (severity: string) => result.diagnostics.filter((d) => d.severity === severity).map((d) => d.code);
    if (kind === "error") {
      expect(codes("error").length, "an error sample must produce an error").toBeGreaterThan(0);
      expect(codes("error")).toContain(code);
    } else if (kind === "warning" || kind === "info") {
      expect(codes(kind)).toContain(code);
    } else if (kind === "near-miss") {
      expect(result.diagnostics.map((d) => d.code)).not.toContain(code);
    }
    if (kind === "error" || kind === "warning" || kind === "info" || kind === "near-miss") expect(Object.keys(catalogue)).toContain(code);
  });

  // A code no known input produces (the compiler's own failure) says so, and why, in its entry.
  // Errors only a run meets have no severity: tests/runtime/catalogue-raises.test.ts runs theirs.
  const sampled = Object.entries(catalogue).flatMap(([code, entry]) =>
    "severity" in entry && !("unsampled" in entry) ? [[code, entry] as const] : [],
  );

  test("every diagnostic has a hit sample and a near-miss sample", () => {
    for (const [code, entry] of sampled) {
      expect(samples.some((s) => s === `${entry.severity}.${code}` || s.startsWith(`${entry.severity}.${code}.`)), `hit sample for ${code}`).toBe(true);
      expect(samples.some((s) => s === `near-miss.${code}` || s.startsWith(`near-miss.${code}.`)), `near-miss sample for ${code}`).toBe(true);
    }
  });

  test("the catalogue's examples are the hit and near-miss samples", () => {
    for (const [code, entry] of sampled) {
      expect(readFileSync(join(samplesDir, `${entry.severity}.${code}`, "input.ts"), "utf8")).toBe(entry.example);
      expect(readFileSync(join(samplesDir, `near-miss.${code}`, "input.ts"), "utf8")).toBe(entry.fixed);
    }
  });
});
