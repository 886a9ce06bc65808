// A user's own tests with a plain Vitest config (tests/two-copies/vitest.config.ts: nothing
// about Rivulet) work with rivulet/testing. Vitest then runs the linked workspace packages
// through its own module loader while the compiled script imports the built package through
// Node's: two copies of the runtime in one process, which share one run pointer, one cache and
// one host (packages/runtime/src/session/processWide.ts). Run as the user would: `npx vitest run`.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "vitest";
import { repoRoot } from "../e2e/helpers/paths.ts";

test("rivulet/testing works under a Vitest config with no options for it", () => {
  const result = spawnSync("npx", ["vitest", "run"], { cwd: path.join(repoRoot, "tests", "two-copies"), encoding: "utf8", env: { ...process.env, CI: "1", FORCE_COLOR: "0" } });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, "");
  expect(output, output).toMatch(/Tests\s+1 passed/);
  expect(result.status, output).toBe(0);
}, 120_000);
