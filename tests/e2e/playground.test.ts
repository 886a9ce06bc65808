// The playground, built to static files and served by a plain static server: the app of the
// editor's script runs in the page (compiler and session in Web Workers), edits rerun it with its
// state kept, and the compiler's diagnostics are underlined as the script is typed.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { FrameLocator, Page } from "playwright-core";
import { launchBrowser, type Browser } from "./helpers/browser.ts";
import { repoRoot } from "./helpers/paths.ts";
import { serveStatic, type StaticServer } from "./helpers/static-server.ts";
import { ISOLATION } from "../../playground/vite.config.ts";
import { EXAMPLE_FILES } from "../../playground/src/editor/exampleFiles.ts";

let browser: Browser;
/** With the headers the README asks for (cross-origin isolated), and without them. */
let site: StaticServer;
let plainSite: StaticServer;

beforeAll(async () => {
  const dist = path.join(repoRoot, "playground/dist");
  site = await serveStatic(dist, ISOLATION);
  plainSite = await serveStatic(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await plainSite?.close();
});

/** A tab on the playground, without the script an earlier test left in local storage (unless `keepSaved`). */
async function open(at = site, { keepSaved = false, url = at.url } = {}): Promise<{ page: Page; app: FrameLocator }> {
  const page = await browser.newPage();
  if (!keepSaved) await page.addInitScript(() => localStorage.clear());
  await page.goto(url);
  return { page, app: page.frameLocator("#app-frame") };
}

const SPINNING = ['import * as st from "rivulet";', 'st.header("Spinning");', "let i = 0;", "while (true) {", "  i++;", "}", ""].join("\n");

/** Replaces the whole script, as a paste would. */
async function setScript(page: Page, source: string): Promise<void> {
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(source);
}

test("the starter script runs in the page, and a click reruns it", async () => {
  const { page, app } = await open();
  await app.getByRole("heading", { level: 2, name: "Title", exact: true }).waitFor();
  await app.getByRole("button", { name: "Foo", exact: true }).click();
  await app.getByRole("heading", { level: 2, name: "Foo", exact: true }).waitFor();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await page.close();
});

test("an edit reruns the app and keeps its session state", async () => {
  const { page, app } = await open();
  await app.getByRole("button", { name: "Foo", exact: true }).click();
  await app.getByRole("heading", { level: 2, name: "Foo", exact: true }).waitFor();
  await setScript(
    page,
    [
      'import * as st from "rivulet";',
      'if (!("value" in st.sessionState)) st.sessionState.value = "Title";',
      "st.header(st.sessionState.value);",
      'st.text("edited");',
      "",
    ].join("\n"),
  );
  await app.getByText("edited", { exact: true }).waitFor();
  // The state the click set is still there: the script's first line did not reset it.
  await app.getByRole("heading", { level: 2, name: "Foo", exact: true }).waitFor();
  await page.close();
});

test("a misuse is underlined at its range while it is there, with its code", async () => {
  const { page } = await open();
  await setScript(page, ['import * as st from "rivulet";', 'st.header("Hi");', "st.rerun();", ""].join("\n"));
  const mark = page.locator(".cm-lintRange");
  await mark.first().waitFor();
  expect(await mark.allTextContents()).toEqual(["st.rerun()"]);
  await mark.first().hover();
  const tooltip = page.locator(".cm-tooltip-lint");
  await tooltip.waitFor();
  expect(await tooltip.locator("a.rv-code").textContent()).toBe("rerun_unconditional");
  expect(await tooltip.locator("a.rv-code").getAttribute("href")).toBe("_rivulet/diagnostics.html#rerun_unconditional");
  // Fixed: the mark goes.
  await setScript(page, ['import * as st from "rivulet";', 'st.header("Hi");', 'if (st.button("Again")) st.rerun();', ""].join("\n"));
  await expect.poll(() => mark.count()).toBe(0);
  await page.close();
});

test("a loop that never awaits is stopped in place where the page is cross-origin isolated, and the app goes on", async () => {
  const { page, app } = await open();
  await setScript(page, SPINNING);
  // What it wrote before the loop shows, a frame in: the run takes the page's messages at its checkpoints.
  await app.getByRole("heading", { level: 2, name: "Spinning", exact: true }).waitFor({ timeout: 8000 });
  // The editor takes an edit while the loop spins, and the new script interrupts the loop in place.
  await setScript(page, SPINNING.replace("Spinning", "Spinning again"));
  await app.getByRole("heading", { level: 2, name: "Spinning again", exact: true }).waitFor({ timeout: 8000 });
  await app.getByRole("button", { name: "Stop", exact: true }).click({ timeout: 8000 });
  await app.getByText("Running…").waitFor({ state: "detached", timeout: 8000 });
  await setScript(page, ['import * as st from "rivulet";', 'st.header("Calm");', ""].join("\n"));
  await app.getByRole("heading", { level: 2, name: "Calm", exact: true }).waitFor();
  await page.close();
});

test("without cross-origin isolation, Stop ends the stuck worker and the app starts again from its state", async () => {
  const { page, app } = await open(plainSite);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  await app.getByRole("button", { name: "Foo", exact: true }).click();
  await app.getByRole("heading", { level: 2, name: "Foo", exact: true }).waitFor();
  await setScript(page, ['import * as st from "rivulet";', "st.header(String(st.sessionState.value));", "let i = 0;", "while (true) {", "  i++;", "}", ""].join("\n"));
  await app.getByRole("button", { name: "Stop", exact: true }).click({ timeout: 8000 });
  await app.getByText(/its worker was ended/).waitFor();
  await app.getByText("Running…").waitFor({ state: "detached", timeout: 8000 });
  // The new worker has the session state of the last run that ended (the click's "Foo").
  await setScript(page, ['import * as st from "rivulet";', 'st.header(`after ${st.sessionState.value}`);', ""].join("\n"));
  await app.getByRole("heading", { level: 2, name: "after Foo", exact: true }).waitFor();
  await page.close();
});

test("without cross-origin isolation, a file picked while the run is stuck reaches the worker started for the next script", async () => {
  const { page, app } = await open(plainSite);
  const script = (last: string) => ['import * as st from "rivulet";', 'const file = st.fileUploader("Pick a file");', "if (file) st.text(`got ${file.name}`);", last, ""].join("\n");
  await setScript(page, script('if (st.button("Spin")) while (true) {}'));
  await app.getByRole("button", { name: "Spin", exact: true }).click();
  await app.getByRole("button", { name: "Stop", exact: true }).waitFor({ timeout: 8000 });
  // The stuck worker never takes the file; the one started for the edit is sent it again.
  await app.locator('input[type="file"]').setInputFiles({ name: "late.txt", mimeType: "text/plain", buffer: Buffer.from("late") });
  await setScript(page, script('st.text("edited");'));
  await app.getByText("edited", { exact: true }).waitFor();
  await app.getByText("got late.txt", { exact: true }).waitFor();
  await page.close();
});

test("a multipage app's pages are in the app page's fragment, so back and a reload of its frame find them", async () => {
  const { page, app } = await open();
  await setScript(
    page,
    [
      'import * as st from "rivulet";',
      'const orders = st.Page(() => st.title("All orders"), { title: "Orders", urlPath: "orders" });',
      'st.navigation([st.Page(() => st.title("Welcome"), { title: "Home" }), orders]).run();',
      "",
    ].join("\n"),
  );
  await app.getByRole("heading", { name: "Welcome" }).waitFor();
  const frame = () => page.frames().find((f) => f !== page.mainFrame())!;
  // The app's frame is narrow: its sidebar, with the menu, starts collapsed.
  const goTo = async (name: string) => {
    await app.getByRole("button", { name: "Expand sidebar" }).click();
    await app.getByRole("navigation", { name: "Pages" }).getByRole("link", { name }).click();
  };
  await goTo("Orders");
  await app.getByRole("heading", { name: "All orders" }).waitFor();
  expect(new URL(frame().url()).pathname).toMatch(/\/app\.html$/);
  expect(new URL(frame().url()).hash).toBe("#orders");
  expect(await app.locator("body").evaluate(() => location.hash)).toBe("#orders");
  // The frame reloaded alone asks the static host for app.html, and its session opens the page of the fragment.
  await app.locator("body").evaluate(() => location.reload());
  await app.getByRole("heading", { name: "All orders" }).waitFor();
  await goTo("Home");
  await app.getByRole("heading", { name: "Welcome" }).waitFor();
  expect(new URL(frame().url()).hash).toBe("");
  // Back within the frame (the page's own history, as the browser's back button would go).
  await app.locator("body").evaluate(() => history.back());
  await app.getByRole("heading", { name: "All orders" }).waitFor();
  await page.close();
});

test("a shared link restores its script, and the last edit is there after a reload", async () => {
  const { page, app } = await open();
  const source = ['import * as st from "rivulet";', 'st.header("Shared — ünïcode ✓");', ""].join("\n");
  await setScript(page, source);
  await app.getByRole("heading", { level: 2, name: "Shared — ünïcode ✓", exact: true }).waitFor();
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const field = page.getByLabel("Link to this script");
  await expect.poll(() => field.inputValue()).toMatch(/#code=[\w-]+$/);
  const link = await field.inputValue();
  await page.close();

  // In a tab with nothing saved, the link brings the script and its app.
  const opened = await open(site, { url: link });
  await opened.app.getByRole("heading", { level: 2, name: "Shared — ünïcode ✓", exact: true }).waitFor();
  expect(await opened.page.locator(".cm-content").innerText()).toContain('st.header("Shared — ünïcode ✓");');
  await opened.page.close();

  // The last edit is kept: a reload shows it.
  const again = await open(site, { keepSaved: true });
  await setScript(again.page, ['import * as st from "rivulet";', 'st.header("Kept");', ""].join("\n"));
  await again.app.getByRole("heading", { level: 2, name: "Kept", exact: true }).waitFor();
  await new Promise((resolve) => setTimeout(resolve, 500)); // the save waits for a pause in typing
  await again.page.reload();
  await again.app.getByRole("heading", { level: 2, name: "Kept", exact: true }).waitFor();
  await again.page.close();
});

test("every example of the menu runs without an exception", async () => {
  const { page, app } = await open();
  const menu = page.getByLabel("Examples");
  const titles = (await menu.locator("option").allTextContents()).slice(1);
  expect(titles).toHaveLength(EXAMPLE_FILES.length);
  for (const [i, title] of titles.entries()) {
    await menu.selectOption({ label: title });
    // A new app page: wait for its first element and the end of its run.
    await app.locator(".element").first().waitFor({ state: "attached" });
    await app.getByText("Running…").waitFor({ state: "detached" });
    const firstLine = readFileSync(path.join(repoRoot, "examples", EXAMPLE_FILES[i]![0]), "utf8").split("\n")[0]!;
    expect(await page.locator(".cm-content").innerText(), title).toContain(firstLine);
    expect(await app.locator(".exception, .errors").allTextContents(), title).toEqual([]);
  }
  await page.close();
});

test("a runtime error shows in the app with its line, and the editor marks that line", async () => {
  const { page, app } = await open();
  await setScript(page, ['import * as st from "rivulet";', 'st.header("Before");', "const data: any = null;", "st.text(data.name);", ""].join("\n"));
  const exception = app.locator(".exception");
  await exception.waitFor();
  expect(await exception.innerText()).toMatch(/TypeError/);
  expect(await exception.innerText()).toContain("app.ts:4:");
  const mark = page.locator(".cm-lintRange-error");
  await mark.waitFor();
  expect(await mark.allTextContents()).toEqual(["st.text(data.name);"]);
  await mark.hover();
  await expect.poll(() => page.locator(".cm-tooltip-lint").innerText()).toMatch(/^Uncaught: TypeError/);
  await setScript(page, ['import * as st from "rivulet";', 'st.header("Before");', "const data: any = { name: 1 };", "st.text(data.name);", ""].join("\n"));
  await exception.waitFor({ state: "detached" });
  await expect.poll(() => mark.count()).toBe(0);
  await page.close();
});

test("media and downloads come from the page's memory: images of bytes and of a Blob show, a download saves its file", async () => {
  const { page, app } = await open();
  await setScript(
    page,
    [
      'import * as st from "rivulet";',
      'const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="30"><rect width="60" height="30" fill="#ff4b4b"/></svg>`;',
      'st.image(new TextEncoder().encode(svg), { caption: "bytes" });',
      // A Blob's bytes are read after the patch that names it has gone to the page (30 MB: they
      // come after the page has drawn the image).
      'st.image(new Blob([svg, `<!--${"x".repeat(30_000_000)}-->`], { type: "image/svg+xml" }), { caption: "blob" });',
      'st.downloadButton("Get it", "one,two\\n1,2\\n", { fileName: "numbers.csv", mime: "text/csv" });',
      "",
    ].join("\n"),
  );
  const image = app.getByRole("img", { name: "bytes" });
  await image.waitFor();
  await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(60);
  expect(await image.getAttribute("src")).toMatch(/^blob:/);
  const fromBlob = app.getByRole("img", { name: "blob" });
  await expect.poll(() => fromBlob.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(60);
  const [download] = await Promise.all([page.waitForEvent("download"), app.getByRole("button", { name: "Get it" }).click()]);
  expect(download.suggestedFilename()).toBe("numbers.csv");
  const saved = await download.path();
  expect(readFileSync(saved, "utf8")).toBe("one,two\n1,2\n");
  await page.close();
});

test("completion after st. lists the API with its calls and notes", async () => {
  const { page } = await open();
  await setScript(page, ['import * as st from "rivulet";', ""].join("\n"));
  await page.keyboard.type("st.sli");
  const list = page.locator(".cm-tooltip-autocomplete");
  await list.waitFor();
  expect(await list.locator("li").allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^slider/), expect.stringMatching(/^selectSlider/)]));
  await expect.poll(() => page.locator(".rv-completion").innerText()).toContain("st.slider(label, { minValue, maxValue");
  // Picked with the mouse: CodeMirror ignores an Enter within 75 ms of the list changing (its
  // interactionDelay), which a loaded machine can hit.
  await list.locator("li", { hasText: /^slider/ }).click();
  await expect.poll(() => page.locator(".cm-content").innerText()).toContain("st.slider");
  await page.close();
});

test("completion after st.sidebar. and a container the script made lists the container methods", async () => {
  const { page } = await open();
  await setScript(page, ['import * as st from "rivulet";', "const [left, right] = st.columns(2);", "const box = left.expander(\"More\");", "// box.", ""].join("\n"));
  const list = page.locator(".cm-tooltip-autocomplete");
  const labels = () => list.locator("li .cm-completionLabel").allTextContents();
  await page.keyboard.type("box.sli");
  await list.waitFor();
  expect(await labels()).toEqual(expect.arrayContaining(["slider", "selectSlider"]));
  // Containers have the element functions, not the session's (st.rerun is st's only).
  await page.keyboard.press("Escape");
  await page.keyboard.type(";\nst.sidebar.re");
  await list.waitFor();
  expect(await labels()).not.toContain("rerun");
  await page.keyboard.press("Escape");
  await page.keyboard.type(";\nst.re");
  await list.waitFor();
  expect(await labels()).toContain("rerun");
  // A name that is no container, and a dot in a comment, complete nothing.
  await page.keyboard.press("Escape");
  await page.keyboard.type(";\nconst n = 1;\nn.sli");
  await page.keyboard.press("Control+Space");
  await expect.poll(() => list.count()).toBe(0);
  await page.close();
});

test("completion in an st call's options object lists the options not given yet", async () => {
  const { page } = await open();
  await setScript(page, ['import * as st from "rivulet";', "const [left] = st.columns(2);", ""].join("\n"));
  const list = page.locator(".cm-tooltip-autocomplete");
  const labels = () => list.locator("li .cm-completionLabel").allTextContents();
  await page.keyboard.type('st.slider("Size", { minValue: 1, ma');
  await list.waitFor();
  await expect.poll(labels).toContain("maxValue");
  await page.keyboard.press("Escape");
  await page.keyboard.type("xValue: 9, ");
  await page.keyboard.press("Control+Space");
  await list.waitFor();
  // Every option of st.slider but those the call gives.
  await expect.poll(labels).toEqual(expect.arrayContaining(["step", "format", "onChange", "help"]));
  expect(await labels()).not.toContain("minValue");
  expect(await labels()).not.toContain("maxValue");
  await page.keyboard.press("Escape");
  // A container's call too.
  await page.keyboard.type('});\nleft.metric("Sales", 3, { del');
  await list.waitFor();
  await expect.poll(labels).toEqual(expect.arrayContaining(["delta", "deltaColor"]));
  await page.close();
});

test("st.context tells what the app's page said of itself", async () => {
  const { page, app } = await open();
  await setScript(page, ['import * as st from "rivulet";', "st.text(`${st.context.locale} embedded=${st.context.isEmbedded} ${new URL(st.context.url!).pathname}`);", ""].join("\n"));
  const locale = await page.evaluate(() => navigator.language);
  await app.getByText(`${locale} embedded=true /app.html`, { exact: true }).waitFor();
  await page.close();
});

test("st.connection(\"sql\") opens SQLite in the page's memory: writes, a transaction, reads, an Arrow table", async () => {
  const { page, app } = await open();
  await setScript(
    page,
    [
      'import * as st from "rivulet";',
      'const db = st.connection("sql");',
      'await db.execute("create table if not exists notes (id integer primary key, body text, done integer)");',
      'if (st.button("Add")) await db.transaction(async (tx) => { await tx.execute("insert into notes (body, done) values (:body, :done)", { body: "a note", done: true }); });',
      'const rows = await db.query<{ body: string; done: number }>("select body, done from notes order by id", { ttl: 0.001 });',
      "st.text(`${db.driver} ${rows.length} ${rows.map((r) => `${r.body}:${r.done}`).join(\",\")}`);",
      'const table = await db.query("select count(*) as n from notes", { format: "arrow", ttl: 0.001 });',
      "st.text(`arrow rows ${table.numRows}`);",
      'st.dataframe(rows);',
      "",
    ].join("\n"),
  );
  await app.getByText("sql.js 0 ", { exact: true }).waitFor();
  await app.getByRole("button", { name: "Add" }).click();
  await app.getByText("sql.js 1 a note:1", { exact: true }).waitFor();
  await app.getByText("arrow rows 1", { exact: true }).waitFor();
  await page.close();
});

test("st.connection to a database server says the page cannot reach it", async () => {
  const { page, app } = await open();
  await setScript(page, ['import * as st from "rivulet";', 'const db = st.connection("pg", { type: "sql", url: "postgresql://me@db.local/sales" });', 'st.write(await db.query("select 1"));', ""].join("\n"));
  const exception = app.locator(".exception");
  await exception.waitFor();
  expect(await exception.innerText()).toMatch(/The SQL connection "pg" uses postgresql, which a page cannot reach/);
  await page.close();
});

test("st.secrets says why the playground has none", async () => {
  const { page, app } = await open();
  await setScript(page, ['import * as st from "rivulet";', "st.write(st.secrets.apiKey);", ""].join("\n"));
  const exception = app.locator(".exception");
  await exception.waitFor();
  expect(await exception.innerText()).toMatch(/No secrets found\..*none in the playground, which runs in your browser with no server/s);
  await page.close();
});

test("an upload from the page's file picker reaches the script", async () => {
  const { page, app } = await open();
  await setScript(
    page,
    ['import * as st from "rivulet";', 'const file = st.fileUploader("Pick a file");', "if (file) st.text(`${file.name} ${file.size} ${await file.text()}`);", ""].join("\n"),
  );
  await app.locator('input[type="file"]').setInputFiles({ name: "note.txt", mimeType: "text/plain", buffer: Buffer.from("hello playground") });
  await app.getByText("note.txt 16 hello playground", { exact: true }).waitFor();
  await page.close();
});

test("TypeScript is stripped in the page: types, interfaces, generics, enums; `using` is lowered with Babel's helper", async () => {
  const { page, app } = await open();
  await setScript(
    page,
    [
      'import * as st from "rivulet";',
      "enum Size { Small = 1, Large = 10 }",
      "interface Box<T> { value: T }",
      "const box: Box<number> = { value: Size.Large };",
      "const twice = <T,>(x: T): [T, T] => [x, x];",
      "st.text(`${twice(box.value).join(\"+\")} ${Size[1]}`);",
      "{",
      '  using closing = { [Symbol.dispose]() { st.text("disposed"); } };',
      "}",
      "",
    ].join("\n"),
  );
  await app.getByText("10+10 Small", { exact: true }).waitFor();
  await app.getByText("disposed", { exact: true }).waitFor();
  await page.close();
});

test("a script that imports another package says the playground runs only rivulet", async () => {
  const { page, app } = await open();
  await setScript(page, ['import * as st from "rivulet";', 'import { chunk } from "lodash-es";', "st.write(chunk([1, 2, 3], 2));", ""].join("\n"));
  await app.getByText(/The script did not load: it imports "lodash-es", and the playground runs scripts whose only import is "rivulet"/).waitFor();
  await page.close();
});
