// Issue 7, defect 4: a network blip does not lose the session. The page shows that it is
// reconnecting, comes back to the same session (its state and widgets), and when the server no
// longer has the session (it restarted) says so before starting a new one.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { clickButton } from "./helpers/app-page.ts";
import { launchBrowser, type Browser } from "./helpers/browser.ts";
import { startCutProxy } from "./helpers/cut-proxy.ts";
import { startRivulet, type RivuletServer } from "./helpers/rivulet-server.ts";
import { makeTempDir } from "./helpers/temp-dir.ts";

let browser: Browser;
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let script: string;
beforeAll(async () => {
  browser = await launchBrowser();
  temp = await makeTempDir("reconnect");
  script = path.join(temp.dir, "app.ts");
  await writeFile(
    script,
    `import * as st from "rivulet";
st.sessionState.count ??= 0;
if (st.button("add")) st.sessionState.count++;
st.text("count " + st.sessionState.count);
st.textInput("name", { key: "name" });
st.text("name " + st.sessionState.name);
`,
  );
});
afterAll(async () => {
  await browser?.close();
  await temp?.remove();
});

test("a one-second network cut resumes the same session: state, widgets and all", async () => {
  const server = await startRivulet(script);
  const proxy = await startCutProxy(new URL(server.url));
  try {
    const page = await browser.newPage();
    await page.goto(proxy.url);
    await clickButton(page, "add");
    await clickButton(page, "add");
    await page.getByText("count 2", { exact: true }).waitFor();
    await page.getByLabel("name").fill("Ada");
    await page.getByLabel("name").press("Enter");
    await page.getByText("name Ada", { exact: true }).waitFor();

    const cut = proxy.cut(1000);
    await page.getByText("Connection lost: reconnecting…").waitFor();
    await cut;
    await page.getByText("Connection lost: reconnecting…").waitFor({ state: "detached" });
    await page.getByText("count 2", { exact: true }).waitFor();
    expect(await page.getByLabel("name").inputValue()).toBe("Ada");
    await clickButton(page, "add");
    await page.getByText("count 3", { exact: true }).waitFor();
    expect(await page.locator(".errors").count()).toBe(0);
    await page.close();
  } finally {
    await proxy.close();
    await server.stop();
  }
});

test("when the server no longer has the session, the page says so and starts a new one", async () => {
  const first = await startRivulet(script);
  const port = new URL(first.url).port;
  const page = await browser.newPage();
  await page.goto(first.url);
  await clickButton(page, "add");
  await page.getByText("count 1", { exact: true }).waitFor();
  await first.stop();
  await page.getByText(/reconnecting/).waitFor();
  const second = await startRivulet(script, { port: Number(port) });
  try {
    await page.getByText(/no longer had this page's session/).waitFor();
    await page.getByText("count 0", { exact: true }).waitFor();
    await clickButton(page, "add");
    await page.getByText("count 1", { exact: true }).waitFor();
  } finally {
    await page.close();
    await second.stop();
  }
});
