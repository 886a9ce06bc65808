// `st.markdown(..., { unsafeAllowHtml: true })` keeps the author's HTML, and the page sanitizes it
// (DOMPurify): no script runs, no event handler, no `javascript:` link, however disguised. Without
// the option the same text shows as text.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { launchBrowser, type Browser } from "./helpers/browser.ts";
import { startRivulet, type RivuletServer } from "./helpers/rivulet-server.ts";
import { makeTempDir } from "./helpers/temp-dir.ts";

const HOSTILE = [
  `<b class="kept">bold &amp; kept</b>`,
  `<img src="x" onerror="window.pwned = 'onerror'">`,
  `<script>window.pwned = 'script'</script>`,
  `<a class="js" href="javascript:window.pwned='href'">js link</a>`,
  `<a class="js2" href="\x01javascript:window.pwned='href2'">disguised</a>`,
  `<a class="web" href="https://example.com/">web link</a>`,
  `<svg><animate onbegin="window.pwned='svg'" attributeName="x"/></svg>`,
  `<iframe src="javascript:window.parent.pwned='iframe'"></iframe>`,
  `<div style="color: rgb(255, 0, 0)" class="styled">styled</div>`,
].join("\n");

let browser: Browser;
let server: RivuletServer;
let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  browser = await launchBrowser();
  temp = await makeTempDir("unsafe-html");
  await writeFile(
    path.join(temp.dir, "app.ts"),
    `import * as st from "rivulet";\nconst html = ${JSON.stringify(HOSTILE)};\nst.markdown(html, { unsafeAllowHtml: true });\nst.markdown("plain: " + html);\n`,
  );
  server = await startRivulet(path.join(temp.dir, "app.ts"));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await temp?.remove();
});

test("HTML is kept but sanitized; without the option it is text", async () => {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.locator("b.kept").waitFor();
  expect(await page.locator("b.kept").textContent()).toBe("bold & kept");
  expect(await page.locator(".styled").getAttribute("style")).toBe("color: rgb(255, 0, 0)");
  expect(await page.locator("a.web").getAttribute("href")).toBe("https://example.com/");
  expect(await page.locator("a.web").getAttribute("rel")).toBe("noopener noreferrer");
  for (const selector of ["a.js", "a.js2"]) expect(await page.locator(selector).getAttribute("href")).toBeNull();
  expect(await page.locator("main script, main iframe, main [onerror], main [onbegin]").count()).toBe(0);
  // Give any handler that slipped through its chance to run.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  expect(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned)).toBeUndefined();
  // The same text without the option is shown as it is.
  await page.getByText("plain: <b class=", { exact: false }).waitFor();
  await page.close();
});
