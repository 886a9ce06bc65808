// A Blob as st.image's and st.downloadButton's source in the browser: the page's request for its
// file waits on the server until the session has read the Blob, then gets its bytes. The click
// reruns the app, which makes a new Blob (another file): the one being downloaded stays a run.
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
const APP = `import * as st from "rivulet";
const png = Uint8Array.from(atob("${PNG}"), (c) => c.charCodeAt(0));
st.image(new Blob([png], { type: "image/png" }), { width: 40 });
st.downloadButton("Get the notes", new Blob(["first line\\nsecond line\\n"], { type: "text/plain" }), { fileName: "notes.txt" });
`;

const app = appUnderTest("blob-media", APP);

test("a Blob's image shows and its download has its bytes", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const image = page.locator('[data-kind="image"] img');
  await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth)).toBe(1);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Get the notes" }).click()]);
  expect(download.suggestedFilename()).toBe("notes.txt");
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).toString()).toBe("first line\nsecond line\n");
  await page.close();
});
