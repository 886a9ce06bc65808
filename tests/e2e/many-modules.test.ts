// Apps of several modules in the browser, under `rivulet run` (Vite's dev server compiles each
// module that imports rivulet, and each page file as a page) and built (`rivulet build` bundles
// them compiled): examples/modules (the helpers' widgets work, and what a helper writes after
// its await arrives) and examples/multipage (pages of their own files, each at its own URL).
import { execFile } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
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
const MULTIPAGE = path.join(repoRoot, "examples/multipage/app.ts");
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

/** Opens a page file's URL directly, then goes to another page file from the menu. */
async function usePageFiles(page: Page, url: string): Promise<void> {
  await page.goto(new URL("Sales", url).href);
  await page.getByRole("heading", { name: "Sales" }).waitFor();
  await page.getByText("Sales of North for nobody yet").waitFor();
  const menu = page.getByRole("navigation", { name: "Pages" });
  expect(await menu.getByRole("link").allTextContents()).toEqual(["🏠Home", "📈Sales", "📦Stock"]);
  await menu.getByRole("link", { name: "Stock" }).click();
  await page.getByText("14 items in stock").waitFor();
  expect(new URL(page.url()).pathname).toBe("/stock");
  await page.getByLabel("Only what runs low").check();
  await page.getByText("2 items run low").waitFor();
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

test("rivulet run serves pages of their own files, each at its URL", async () => {
  const server = await startRivulet(MULTIPAGE);
  try {
    const page = await browser.newPage();
    await usePageFiles(page, server.url);
    await page.close();
    expect(server.output()).not.toMatch(/error/i);
  } finally {
    await server.stop();
  }
});

test("under rivulet run, a page added to the pages/ folder joins the menu, an edited one reruns, and one removed leaves the menu", async () => {
  const dir = path.join(temp.dir, "folder-app");
  await mkdir(path.join(dir, "pages"), { recursive: true });
  await writeFile(path.join(dir, "app.ts"), `import * as st from "rivulet";\nst.title("Main");\n`);
  await writeFile(path.join(dir, "pages", "1_first.ts"), `import * as st from "rivulet";\nst.title("First");\n`);
  const server = await startRivulet(path.join(dir, "app.ts"));
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole("heading", { name: "Main" }).waitFor();
    const links = () => page.getByRole("navigation", { name: "Pages" }).getByRole("link").allTextContents();
    await expect.poll(links).toEqual(["app", "first"]);
    await writeFile(path.join(dir, "pages", "2_second.ts"), `import * as st from "rivulet";\nst.title("Second");\n`);
    await expect.poll(links, { timeout: 15_000 }).toEqual(["app", "first", "second"]);
    await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "second" }).click();
    await page.getByRole("heading", { name: "Second" }).waitFor();
    // An edit of a page file reruns the page with the new version.
    await writeFile(path.join(dir, "pages", "2_second.ts"), `import * as st from "rivulet";\nst.title("Second, edited");\n`);
    await page.getByRole("heading", { name: "Second, edited" }).waitFor({ timeout: 15_000 });
    await rm(path.join(dir, "pages", "1_first.ts"));
    await expect.poll(links, { timeout: 15_000 }).toEqual(["app", "second"]);
    await page.close();
  } finally {
    await server.stop();
  }
});

test("rivulet build bundles the app's modules and page files compiled", async () => {
  const folderApp = path.join(temp.dir, "built-folder-app");
  await mkdir(path.join(folderApp, "pages"), { recursive: true });
  await writeFile(path.join(folderApp, "app.ts"), `import * as st from "rivulet";\nst.title("Main");\n`);
  await writeFile(path.join(folderApp, "pages", "1_first.ts"), `import * as st from "rivulet";\nst.title("First page");\n`);
  const useFolder = async (page: Page, url: string): Promise<void> => {
    await page.goto(new URL("first", url).href);
    await page.getByRole("heading", { name: "First page" }).waitFor();
  };
  for (const [entry, use] of [
    [ENTRY, (page: Page, url: string) => page.goto(url).then(() => useTheApp(page))],
    [MULTIPAGE, usePageFiles],
    [path.join(folderApp, "app.ts"), useFolder],
  ] as const) {
    const out = path.join(temp.dir, `dist-${path.basename(path.dirname(entry))}`);
    await promisify(execFile)(process.execPath, [rivuletBin, "build", entry, "--out-dir", out]);
    const server = await startBuilt(out);
    try {
      const page = await browser.newPage();
      await use(page, server.url);
      await page.close();
    } finally {
      await server.stop();
    }
  }
});
