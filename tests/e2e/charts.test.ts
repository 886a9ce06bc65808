// Charts in the browser: a built-in chart and a vegaLiteChart are drawn by vega-embed (its chunk
// loaded only then) in a canvas that has ink on it, as wide as the page's column; a spec Vega-Lite
// refuses says why instead of leaving a blank.
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `import * as st from "rivulet";
st.lineChart({ day: [1, 2, 3, 4, 5], sales: [10, 14, 12, 18, 16], costs: [8, 9, 11, 10, 12] }, { x: "day" });
st.vegaLiteChart([{ a: "A", b: 28 }, { a: "B", b: 55 }], { mark: "bar", encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" } } }, { height: 200 });
st.vegaLiteChart({ mark: "nope", data: { values: [{ a: 1 }] } });
`;

const app = appUnderTest("charts", APP);

/** How many pixels of the canvas are not blank. */
const ink = (canvas: HTMLCanvasElement): number => {
  const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
  let n = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0 && (data[i - 1]! < 240 || data[i - 2]! < 240 || data[i - 3]! < 240)) n++;
  return n;
};

test("built-in and Vega-Lite charts are drawn, fill their column, and a bad spec says why", async () => {
  const page = await app.browser.newPage({ viewport: { width: 1000, height: 1200 } });
  await page.goto(app.server.url);
  const charts = page.locator('[data-testid="vega-lite-chart"]');
  await charts.nth(1).locator("canvas").waitFor();
  await charts.nth(0).locator("canvas").waitFor();
  for (const i of [0, 1]) {
    await expect.poll(() => charts.nth(i).locator("canvas").evaluate(ink)).toBeGreaterThan(500);
  }
  const line = await charts.nth(0).locator("canvas").boundingBox();
  const column = await charts.nth(0).boundingBox();
  expect(line!.width).toBeGreaterThan(column!.width * 0.9);
  // The built-in chart's default height, as Streamlit's (350 px, and its axes).
  expect(line!.height).toBeGreaterThan(300);
  expect((await charts.nth(1).locator("canvas").boundingBox())!.height).toBeLessThan(260);
  await expect.poll(() => charts.nth(2).getByRole("alert").innerText()).toMatch(/This chart could not be drawn/);
  await page.close();
});
