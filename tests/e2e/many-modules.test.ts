// An app of several modules (examples/modules), in the browser: under `rivulet run` (Vite's dev
// server compiles each module that imports rivulet) and built (`rivulet build` bundles them
// compiled). The helpers' widgets work, and what a helper writes after its await arrives.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { launchBrowser, type Browser } from "./helpers/browser.ts";
import { startBuilt } from "./helpers/built-server.ts";
import { repoRoot, rivuletBin } from "./helpers/paths.ts";
import { startRivulet } from "./helpers/rivulet-server.ts";
import { makeTempDir } from "./helpers/temp-dir.ts";

const ENTRY = path.join(repoRoot, "examples/modules/app.ts");
let browser: Browser;
let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  browser = await launchBrowser();
  temp = await makeTempDir("modules-e2e");
});
afterAll(async () => {
  await browser?.close();
  await temp?.remove();
});

/** Picks a team in the helper's selectbox, ticks a task, and reads what the helper wrote after its await. */
async function useTheApp(page: Page): Promise<void> {
  await page.getByText("1 of 2 done").waitFor();
  await page.getByLabel("Team").click();
  await page.getByRole("option", { name: "Design" }).click();
  await page.getByText("Ticked: Icon set").waitFor();
  await page.getByLabel("New onboarding screens").check();
  await page.getByText("Ticked: New onboarding screens, Icon set").waitFor();
  expect(await page.getByLabel("Team").inputValue()).toBe("Design");
}

test("rivulet run serves an app of several modules", async () => {
  const server = await startRivulet(ENTRY);
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await useTheApp(page);
    await page.close();
    expect(server.output()).not.toMatch(/error/i);
  } finally {
    await server.stop();
  }
});

test("rivulet build bundles the app's modules compiled", async () => {
  const out = path.join(temp.dir, "dist");
  await promisify(execFile)(process.execPath, [rivuletBin, "build", ENTRY, "--out-dir", out]);
  const server = await startBuilt(out);
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await useTheApp(page);
    await page.close();
  } finally {
    await server.stop();
  }
});
