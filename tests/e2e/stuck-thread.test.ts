// Issue 7, defect 3, as users meet it: a loop in a module the script imports (which the
// compiler does not see) holds its worker thread. The watchdog stops the thread: that page is
// told its session ended, every other page goes on with its state, and new pages get sessions.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { clickButton } from "./helpers/app-page.ts";
import { launchBrowser, type Browser } from "./helpers/browser.ts";
import { startRivulet, type RivuletServer } from "./helpers/rivulet-server.ts";
import { makeTempDir } from "./helpers/temp-dir.ts";

let browser: Browser;
let server: RivuletServer;
let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  browser = await launchBrowser();
  temp = await makeTempDir("stuck");
  await writeFile(path.join(temp.dir, "helper.ts"), `export function spin(): void {\n  while (true) {}\n}\n`);
  await writeFile(
    path.join(temp.dir, "app.ts"),
    `import * as st from "rivulet";
import { spin } from "./helper.ts";
st.sessionState.count ??= 0;
if (st.button("add")) st.sessionState.count++;
st.text("count " + st.sessionState.count);
if (st.button("spin")) spin();
`,
  );
  // 3 s, not less: on a loaded machine a fresh worker can take over a second just to load the
  // script, and the watchdog rightly counts a load that long as stuck.
  server = await startRivulet(path.join(temp.dir, "app.ts"), { args: ["--stuck-after", "3"] });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await temp?.remove();
});

test("the stuck page is told, the other pages keep their sessions, and new pages run", async () => {
  // Three pages on two threads: at least one other page shares the stuck page's thread.
  const pages = [];
  for (let i = 0; i < 3; i++) {
    const page = await browser.newPage();
    await page.goto(server.url);
    await clickButton(page, "add");
    await page.getByText("count 1", { exact: true }).waitFor();
    pages.push(page);
  }
  const [stuck, ...others] = pages;
  await clickButton(stuck!, "spin");
  await stuck!.getByText(/This page's session has ended: its run went \d+ s without reaching a checkpoint/).waitFor();
  for (const page of others) {
    await clickButton(page, "add");
    await page.getByText("count 2", { exact: true }).waitFor();
    expect(await page.locator(".errors").count()).toBe(0);
  }
  const fresh = await browser.newPage();
  await fresh.goto(server.url);
  await clickButton(fresh, "add");
  await fresh.getByText("count 1", { exact: true }).waitFor();
  expect(server.output()).toMatch(/without reaching a checkpoint: stopping it/);
});
