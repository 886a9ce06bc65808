// `rivulet check`: prints every diagnostic, exits 1 when any is an error, 0 otherwise.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";

const bin = fileURLToPath(new URL("../../packages/rivulet/bin/rivulet.js", import.meta.url));
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "rivulet-check-"));
  await writeFile(path.join(dir, "clean.ts"), 'import * as st from "rivulet";\nst.header("Hi");\n');
  await writeFile(path.join(dir, "broken.ts"), 'import * as st from "rivulet";\nst.rerun({ scope: "fragment" });\n');
  await writeFile(path.join(dir, "latin1.ts"), Buffer.concat([Buffer.from('import * as st from "rivulet";\nst.text("caf'), Buffer.from([0xe9]), Buffer.from('");\n')]));
  await writeFile(path.join(dir, "deep.ts"), `import * as st from "rivulet";\nst.text(${"(".repeat(5000)}1${")".repeat(5000)});\n`);
  await writeFile(path.join(dir, "noted.ts"), 'import * as st from "rivulet";\ntry {\n  st.rerun();\n} catch (error) {\n  st.text(String(error));\n}\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function check(...files: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, "check", ...files.map((f) => path.join(dir, f))], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("a clean file exits 0", () => {
  const result = check("clean.ts");
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
});

test("a file with an error diagnostic exits 1 and prints it", () => {
  const result = check("clean.ts", "broken.ts");
  expect(result.status).toBe(1);
  expect(result.stdout).toContain(`${path.join(dir, "broken.ts")}:2:`);
  expect(result.stdout).toContain("rerun_scope_fragment_outside_fragment");
});

test("a missing file exits 1", () => {
  expect(check("missing.ts").status).toBe(1);
});

test("no file is a usage error (exit 2)", () => {
  expect(check().status).toBe(2);
});

test("a file the compiler cannot take is reported, and the files after it are checked", () => {
  const result = check("latin1.ts", "deep.ts", "broken.ts");
  expect(result.status).toBe(1);
  expect(result.stderr).toBe("");
  expect(result.stdout).toContain(`${path.join(dir, "latin1.ts")}:2:13 error invalid_encoding: the file is not UTF-8: byte 0xE9`);
  expect(result.stdout).toContain(`${path.join(dir, "deep.ts")}:2:`);
  expect(result.stdout).toContain("nested_too_deeply");
  expect(result.stdout).toContain("rerun_scope_fragment_outside_fragment");
  expect(result.stdout.trimEnd().split("\n").at(-1)).toBe("3 errors, 0 warnings in 3 files");
});

test("info diagnostics are counted in the summary", () => {
  const result = check("noted.ts");
  expect(result.stdout).toContain("info control_signal_in_try");
  expect(result.stdout.trimEnd().split("\n").at(-1)).toBe("0 errors, 0 warnings, 1 info in 1 file");
});

test("the app's modules the script imports are checked too, each once, in library mode", async () => {
  const app = path.join(dir, "modules");
  await mkdir(path.join(app, "lib"), { recursive: true });
  await writeFile(path.join(app, "app.ts"), 'import * as st from "rivulet";\nimport { panel } from "./lib/index.js";\nimport "./lib/cycle";\npanel();\n');
  // A module with no rivulet of its own leads on to one that has.
  await writeFile(path.join(app, "lib", "index.ts"), 'export { panel } from "./panel.ts";\nexport const unused = 1;\n');
  await writeFile(path.join(app, "lib", "panel.ts"), 'import * as st from "rivulet";\nimport "../app.ts";\nexport function panel(): void {\n  const form = st.form("filters");\n  form.button("Apply");\n  form.formSubmitButton("Go");\n}\n');
  await writeFile(path.join(app, "lib", "cycle.ts"), 'import "./index.ts";\nimport "node:fs";\nimport "vitest";\n');
  const result = spawnSync(process.execPath, [bin, "check", path.join(app, "app.ts")], { encoding: "utf8" });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(1);
  expect(result.stdout).toContain(`${path.join(app, "lib", "panel.ts")}:5:3 error button_in_form`);
  expect(result.stdout.trimEnd().split("\n").at(-1)).toBe("1 error, 0 warnings in 4 files");
});

test("page files are checked as pages: st.Page's files and the pages/ folder's", async () => {
  const app = path.join(dir, "pages-app");
  await mkdir(path.join(app, "pages"), { recursive: true });
  await mkdir(path.join(app, "elsewhere"));
  await writeFile(path.join(app, "app.ts"), 'import * as st from "rivulet";\nst.navigation([st.Page("elsewhere/listed.ts"), st.Page("pages/missing.ts")]).run();\n');
  await writeFile(path.join(app, "folder.ts"), 'import * as st from "rivulet";\nst.text("main");\n');
  // Top-level code of a page is its run, not a module's import: no st_call_at_module_level.
  await writeFile(path.join(app, "elsewhere", "listed.ts"), 'import * as st from "rivulet";\nst.title("Listed");\nst.rerun({ scope: "fragment" });\n');
  await writeFile(path.join(app, "pages", "2_other.ts"), 'import * as st from "rivulet";\nconst form = st.form("f");\nform.button("Apply");\nform.formSubmitButton("Go");\n');
  const listed = spawnSync(process.execPath, [bin, "check", path.join(app, "app.ts")], { encoding: "utf8" });
  expect(listed.stdout).toContain(`${path.join(app, "elsewhere", "listed.ts")}:3:1 error rerun_scope_fragment_outside_fragment`);
  expect(listed.stdout).not.toContain("st_call_at_module_level");
  expect(listed.stdout).toContain("error page_file_not_found: Unable to create Page. The file `./pages/missing.ts` could not be found.");
  const folder = spawnSync(process.execPath, [bin, "check", path.join(app, "folder.ts")], { encoding: "utf8" });
  expect(folder.stdout).toContain(`${path.join(app, "pages", "2_other.ts")}:3:1 error button_in_form`);
  expect(folder.stdout.trimEnd().split("\n").at(-1)).toBe("1 error, 0 warnings in 2 files");
});

test("a helper given beside its app is checked as the app imports it, and a file given twice once", async () => {
  const app = path.join(dir, "given");
  await mkdir(app, { recursive: true });
  await writeFile(path.join(app, "app.ts"), 'import * as st from "rivulet";\nimport { chart } from "./chart.ts";\nchart();\n');
  await writeFile(path.join(app, "chart.ts"), 'import * as st from "rivulet";\nst.title("Sales");\nexport function chart(): void {\n  st.text("chart");\n}\n');
  const result = spawnSync(process.execPath, [bin, "check", path.join(app, "app.ts"), path.join(app, "chart.ts"), path.join(app, "app.ts")], { encoding: "utf8" });
  expect(result.stdout).toContain(`${path.join(app, "chart.ts")}:2:1 error st_call_at_module_level`);
  expect(result.stdout.trimEnd().split("\n").at(-1)).toBe("1 error, 0 warnings in 2 files");
});
