// The walking skeleton end to end: `rivulet run` serves the app, a click reruns the script
// with session state, and an edit of the script reruns the open page keeping that state.
import { copyFile, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { clickButton, waitForHeader } from "./helpers/app-page.ts";
import { launchBrowser, type Browser } from "./helpers/browser.ts";
import { repoRoot } from "./helpers/paths.ts";
import { startRivulet, type RivuletServer } from "./helpers/rivulet-server.ts";
import { makeTempDir } from "./helpers/temp-dir.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("rivulet run examples/rerun.ts", () => {
  let server: RivuletServer;
  beforeAll(async () => {
    server = await startRivulet(path.join(repoRoot, "examples/rerun.ts"));
  });
  afterAll(async () => {
    await server?.stop();
  });

  test("a click sets session state and st.rerun() shows it", async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await waitForHeader(page, "Title");
    await clickButton(page, "Foo");
    await waitForHeader(page, "Foo");
    await page.close();
  });
});

describe("editing the script while the page is open", () => {
  let server: RivuletServer;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let script: string;
  beforeAll(async () => {
    temp = await makeTempDir("edit");
    script = path.join(temp.dir, "app.ts");
    await copyFile(path.join(repoRoot, "examples/rerun.ts"), script);
    server = await startRivulet(script);
  });
  afterAll(async () => {
    await server?.stop();
    await temp?.remove();
  });

  test("reruns the open page with the new script, session state kept, no page reload", async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await waitForHeader(page, "Title");
    await clickButton(page, "Foo");
    await waitForHeader(page, "Foo");
    await page.evaluate(() => ((window as unknown as { beforeEdit: boolean }).beforeEdit = true));

    const source = await readFile(script, "utf8");
    const edited = source.replace("st.header(st.sessionState.value);", 'st.header("Edited " + st.sessionState.value);');
    expect(edited).not.toBe(source);
    await writeFile(script, edited);

    await waitForHeader(page, "Edited Foo");
    expect(await page.evaluate(() => (window as unknown as { beforeEdit?: boolean }).beforeEdit)).toBe(true);
    await page.close();
  });

  test("a syntax error keeps the old script and shows the overlay; the fix reruns and closes it", async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await waitForHeader(page, "Edited Title");
    const good = await readFile(script, "utf8");
    const overlay = page.locator("vite-error-overlay");

    await writeFile(script, `${good}\nst.header(;\n`);
    await overlay.waitFor({ state: "attached" });
    // The old script still runs: with the overlay dismissed, a click reruns it.
    await page.keyboard.press("Escape");
    await overlay.waitFor({ state: "detached" });
    await clickButton(page, "Foo");
    await waitForHeader(page, "Edited Foo");

    await writeFile(script, `${good}\nst.header(];\n`);
    await overlay.waitFor({ state: "attached" });
    await writeFile(script, good.replace('"Edited "', '"Fixed "'));
    await waitForHeader(page, "Fixed Foo");
    await overlay.waitFor({ state: "detached" });
    await page.close();
  });
});
