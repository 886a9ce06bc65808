// st.fileUploader in the browser: a file picked goes to the session's host over HTTP (not the
// WebSocket), the script reads it, its button removes it, and a file of another type is refused
// in the page with the reason.
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `import * as st from "rivulet";
const files = st.fileUploader("Data", { type: ["csv", "txt"], acceptMultipleFiles: true });
st.text("files: " + (files.map((f) => f.name + " " + f.size + " " + JSON.stringify(f.text().slice(0, 8))).join("; ") || "none"));
`;

const app = appUnderTest("file-uploader", APP);

test("picked files are uploaded over HTTP, read by the script, and removed by their buttons", async () => {
  const page = await app.browser.newPage();
  const largeFrames: number[] = [];
  page.on("websocket", (ws) => ws.on("framesent", (frame) => { if (frame.payload.length > 10_000) largeFrames.push(frame.payload.length); }));
  await page.goto(app.server.url);
  const said = page.locator('[data-kind="text"]');
  await expect.poll(() => said.innerText()).toBe("files: none");
  const big = "x".repeat(300_000);
  await page.locator('[data-testid="file-uploader"] input[type=file]').setInputFiles([
    { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("n,v\n1,2\n") },
    { name: "big.txt", mimeType: "text/plain", buffer: Buffer.from(big) },
  ]);
  await expect.poll(() => said.innerText()).toBe('files: a.csv 8 "n,v\\n1,2\\n"; big.txt 300000 "xxxxxxxx"');
  expect(largeFrames).toEqual([]);
  expect(await page.locator('[data-testid="uploaded-file"]').count()).toBe(2);

  await page.getByRole("button", { name: "Remove a.csv" }).click();
  await expect.poll(() => said.innerText()).toBe('files: big.txt 300000 "xxxxxxxx"');

  await page.locator('[data-testid="file-uploader"] input[type=file]').setInputFiles([{ name: "run.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") }]);
  await expect.poll(() => page.getByRole("alert").innerText()).toMatch(/run\.exe: not a file of type csv, txt/);
  await page.close();
});
