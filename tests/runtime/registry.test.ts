// The element registry is the one place an element is written: what is derived from it is up to
// date (the generated files, the README's API table), every kind has its component on the page,
// and the page's bundle takes the registry's schemas without any of its st functions.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import * as st from "rivulet";
import { Container, ELEMENT_SCHEMAS } from "@rivulet/runtime";
import { repoRoot } from "../e2e/helpers/paths.ts";

test("the files generated from the registry are up to date (npm run generate)", async () => {
  const generator = path.join(repoRoot, "packages/runtime/scripts/generate.ts");
  const tsx = path.join(repoRoot, "node_modules/.bin/tsx");
  await expect(promisify(execFile)(tsx, [generator, "--check"], { cwd: repoRoot })).resolves.toBeDefined();
});

test("every element kind has its component on the page", () => {
  const components = path.join(repoRoot, "packages/ui/src/elements");
  for (const kind of Object.keys(ELEMENT_SCHEMAS)) {
    const file = `${kind[0]!.toUpperCase()}${kind.slice(1)}.svelte`;
    expect(existsSync(path.join(components, file)), `packages/ui/src/elements/${file}`).toBe(true);
  }
});

test("every st function of an element is a method of every container, the same function", () => {
  for (const name of ["title", "markdown", "write", "button", "slider", "container", "columns", "form", "formSubmitButton"] as const) {
    expect((Container.prototype as unknown as Record<string, unknown>)[name], name).toBe(st[name]);
  }
  expect((Container.prototype as unknown as Record<string, unknown>).rerun).toBeUndefined();
});

test("the page's bundle holds the schemas but none of the st functions", () => {
  const assets = path.join(repoRoot, "packages/ui/dist/assets");
  const scripts = readdirSync(assets).filter((f) => f.endsWith(".js")).map((f) => readFileSync(path.join(assets, f), "utf8"));
  const page = scripts.join("\n");
  // A schema of the registry is there, and a message only st functions have is not.
  expect(page).toContain("isFormSubmitter");
  for (const marker of ["was called outside a script run", "Only one dialog is allowed", "Forms cannot be nested"]) expect(page).not.toContain(marker);
});
