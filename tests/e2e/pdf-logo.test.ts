// st.pdf and st.logo in the browser: pdf.js (its own chunk and worker) draws every page of a
// PDF served as a media file; the logo shows in the sidebar's corner, and in the main area's
// (its icon) once the sidebar is folded.
import { rm, writeFile } from "node:fs/promises";
import { afterAll, expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";
import { makePdf } from "../helpers/pdf.ts";

const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
const pdfPath = `${process.env.TMPDIR ?? "/tmp"}/rivulet-e2e-${process.pid}.pdf`;

const APP = `import * as st from "rivulet";
const png = Uint8Array.from(atob("${PNG}"), (c) => c.charCodeAt(0));
st.logo(png, { size: "large", link: "https://example.com", iconImage: "data:image/png;base64,${PNG}" });
st.sidebar.write("Menu");
st.pdf(${JSON.stringify(pdfPath)}, { height: 400 });
`;

await writeFile(pdfPath, makePdf(3));
afterAll(() => rm(pdfPath, { force: true }));
const app = appUnderTest("pdf-logo", APP);

test("a PDF's pages are drawn by pdf.js, each as it comes into view", async () => {
  const page = await app.browser.newPage();
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(app.server.url);
  const pdf = page.locator('[data-testid="pdf"]');
  await expect.poll(() => pdf.getAttribute("data-pages")).toBe("3");
  await pdf.locator('.page[data-drawn="true"]').first().waitFor();
  expect(await pdf.locator("canvas").count()).toBe(3);
  expect(await pdf.getByLabel("Page 1 of 3").evaluate((c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(100);
  // Something was drawn: not every pixel of the first page is white.
  const inked = await pdf.getByLabel("Page 1 of 3").evaluate((c) => {
    const canvas = c as HTMLCanvasElement;
    const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) return true;
    return false;
  });
  expect(inked).toBe(true);
  for (const number of [2, 3]) {
    await pdf.getByLabel(`Page ${number} of 3`).scrollIntoViewIfNeeded();
    await pdf.locator(`.page[data-drawn="true"]:nth-child(${number})`).waitFor();
  }
  expect(requests.some((url) => /_rivulet\/media\/[0-9a-z-]+\.pdf$/.test(url))).toBe(true);
  expect(requests.some((url) => /pdf\.worker/.test(url))).toBe(true);
  await page.close();
});

test("the logo is in the sidebar's corner, and its icon in the main area's once the sidebar is folded", async () => {
  const page = await app.browser.newPage();
  await page.setViewportSize({ width: 1200, height: 700 });
  await page.goto(app.server.url);
  const sidebarLogo = page.locator('aside [data-testid="logo"]');
  await sidebarLogo.waitFor();
  expect(await sidebarLogo.evaluate((img) => (img as HTMLImageElement).getBoundingClientRect().height)).toBe(32);
  expect(await sidebarLogo.evaluate((img) => img.closest("a")?.getAttribute("href"))).toBe("https://example.com");
  expect(await page.locator('main [data-testid="logo"]').count()).toBe(0);
  await page.getByRole("button", { name: "Collapse sidebar" }).click();
  const mainLogo = page.locator('main [data-testid="logo"]');
  await mainLogo.waitFor();
  expect(await mainLogo.getAttribute("src")).toMatch(/^data:image\/png/);
  await page.close();
});
