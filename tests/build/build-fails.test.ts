// `vite build` with the plugin: an error diagnostic fails the build, a clean script builds
// the server script and the app page.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { rivulet } from "@rivulet/vite-plugin";
import { build } from "vite";
import { afterEach, expect, test } from "vitest";
import { makeProject } from "./helpers.ts";

interface BuildError {
  plugin?: string;
  pluginCode?: string;
  loc?: { file?: string; line: number; column: number };
  frame?: string;
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function buildProject(script: string, options: { magic?: boolean } = {}): Promise<string> {
  const project = await makeProject(script);
  cleanups.push(project.remove);
  await build({
    configFile: false,
    root: project.root,
    logLevel: "silent",
    plugins: [rivulet({ entry: "app.ts", ...options })],
  });
  return project.root;
}

test("a top-level st.rerun({ scope: \"fragment\" }) fails the build with its diagnostic code", async () => {
  const script = 'import * as st from "rivulet";\nst.header("Hi");\nst.rerun({ scope: "fragment" });\n';
  const failure = await buildProject(script).then(
    () => undefined,
    (e: unknown) => e as Error & { errors?: BuildError[] },
  );
  expect(failure).toBeInstanceOf(Error);
  expect(failure!.message).toContain("rerun_scope_fragment_outside_fragment");
  // Rolldown gathers the plugin errors; ours carries the diagnostic's code and location.
  const [error] = failure!.errors ?? [];
  expect(error).toMatchObject({ plugin: "rivulet:compile", pluginCode: "rerun_scope_fragment_outside_fragment" });
  expect(error!.loc).toMatchObject({ line: 3, column: 0 });
  expect(error!.frame).toContain('st.rerun({ scope: "fragment" })');
});

test("a clean script builds a folder that runs as it is: server, bundled runtime, page and manifest", async () => {
  const root = await buildProject('import * as st from "rivulet";\nif (st.button("Go")) st.header("Gone");\n');
  const app = await readFile(path.join(root, "dist/server/app.js"), "utf8");
  // The runtime is bundled (shared with the worker), not imported from node_modules.
  expect(app).not.toMatch(/from ["']rivulet["']/);
  expect(app).toMatch(/from ["']\.\/chunks\//);
  expect(app).toMatch(/export default|as default \}/);
  for (const file of ["server.js", "server/production.js", "server/worker.js", "client/index.html", "package.json"]) {
    expect(existsSync(path.join(root, "dist", file)), file).toBe(true);
  }
  expect(JSON.parse(await readFile(path.join(root, "dist/rivulet.json"), "utf8"))).toEqual({ version: 1, appName: "app", appFile: "app.ts" });
});

test("the plugin's `magic` option reaches the compiler: bare expressions are written unless it is false", async () => {
  const script = 'const region = "EU";\n`## Sales for ${region}`;\n';
  const built = async (options: { magic?: boolean }) => readFile(path.join(await buildProject(script, options), "dist/server/app.js"), "utf8");
  expect(await built({})).toMatch(/\$rt\.write, `## Sales for /);
  expect(await built({ magic: false })).not.toMatch(/\$rt\.write/);
});
