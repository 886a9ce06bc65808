// A project outside this repository that installed rivulet, with a plain Vitest config, tests
// its app of several modules (a helper module, a page file) with rivulet/testing. The project's
// node_modules holds copies of our packages (what each one's package.json `files` publishes) and
// the other packages as this repository installed them: a flat install, as npm makes it.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { repoRoot } from "../e2e/helpers/paths.ts";

const project = mkdtempSync(path.join(tmpdir(), "rivulet-installed-"));
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Our packages: their folder in the repository by package name. */
function ownPackages(): Map<string, string> {
  const found = new Map<string, string>();
  for (const folder of readdirSync(path.join(repoRoot, "packages"))) {
    const manifest = path.join(repoRoot, "packages", folder, "package.json");
    if (existsSync(manifest)) found.set((JSON.parse(readFileSync(manifest, "utf8")) as { name: string }).name, path.join(repoRoot, "packages", folder));
  }
  return found;
}

function install(): void {
  const modules = path.join(project, "node_modules");
  const own = ownPackages();
  mkdirSync(path.join(modules, "@rivulet"), { recursive: true });
  for (const [name, dir] of own) {
    const target = path.join(modules, name);
    const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { files: string[] };
    mkdirSync(target, { recursive: true });
    cpSync(path.join(dir, "package.json"), path.join(target, "package.json"));
    for (const entry of manifest.files) if (existsSync(path.join(dir, entry))) cpSync(path.join(dir, entry), path.join(target, entry), { recursive: true });
  }
  // Everything else as installed here (a scope folder entry by entry: @rivulet is ours).
  const installed = path.join(repoRoot, "node_modules");
  for (const entry of readdirSync(installed)) {
    if (entry === ".bin" || entry === "rivulet" || entry === "@rivulet" || entry.startsWith(".")) continue;
    symlinkSync(path.join(installed, entry), path.join(modules, entry));
  }
}

test("a project that installed rivulet tests its app of several modules under a plain Vitest config", () => {
  install();
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "shop", private: true, type: "module" }));
  writeFileSync(path.join(project, "vitest.config.ts"), `import { defineConfig } from "vitest/config";\nexport default defineConfig({ test: { include: ["test/*.test.ts"] } });\n`);
  mkdirSync(path.join(project, "src", "pages"), { recursive: true });
  mkdirSync(path.join(project, "test"));
  writeFileSync(
    path.join(project, "src", "app.ts"),
    `import * as st from "rivulet";\nimport { counter } from "./counter.ts";\nfunction home(): void {\n  counter("Add");\n}\nst.navigation([st.Page(home, { title: "Home" }), st.Page("pages/report.ts")]).run();\n`,
  );
  writeFileSync(
    path.join(project, "src", "counter.ts"),
    `import * as st from "rivulet";\nexport function counter(label: string): void {\n  st.sessionState.count ??= 0;\n  if (st.button(label)) st.sessionState.count++;\n  st.header("Count " + st.sessionState.count);\n}\n`,
  );
  writeFileSync(path.join(project, "src", "pages", "report.ts"), `import * as st from "rivulet";\nst.text("report of " + st.sessionState.count);\n`);
  writeFileSync(
    path.join(project, "test", "app.test.ts"),
    [
      `import { expect, it } from "vitest";`,
      `import { AppTest } from "rivulet/testing";`,
      `it("counts, and the report page reads the count", async () => {`,
      `  const at = await AppTest.fromFile("src/app.ts").run();`,
      `  await at.button[0]!.click().run();`,
      `  expect(at.exception.map((e) => e.message)).toEqual([]);`,
      `  expect(at.header[0]!.value).toBe("Count 1");`,
      `  await at.switchPage("report").run();`,
      `  expect(at.text.map((t) => t.value)).toEqual(["report of 1"]);`,
      `});`,
      ``,
    ].join("\n"),
  );
  const result = spawnSync(process.execPath, [path.join(project, "node_modules", "vitest", "vitest.mjs"), "run"], {
    cwd: project,
    encoding: "utf8",
    env: { ...process.env, CI: "1", FORCE_COLOR: "0" },
  });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, "");
  expect(output, output).toMatch(/Tests\s+1 passed/);
  expect(result.status, output).toBe(0);
}, 120_000);
