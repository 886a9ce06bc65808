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

const SELECT_APP = `import * as st from "rivulet";
const event = st.vegaLiteChart([{ a: "A", b: 10 }, { a: "B", b: 10 }, { a: "C", b: 10 }], {
  mark: "bar",
  width: 300,
  height: 200,
  params: [{ name: "pick", select: "point" }],
  encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" } },
}, { onSelect: "rerun", width: "content" });
st.text("picked " + JSON.stringify(event.selection));
`;
const selections = appUnderTest("chart-selections", SELECT_APP);

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

test("a chart with onSelect reports a click on a bar as its point selection", async () => {
  const page = await selections.browser.newPage();
  await page.goto(selections.server.url);
  const canvas = page.locator('[data-testid="vega-lite-chart"] canvas').first();
  await canvas.waitFor();
  const said = page.getByText(/^picked /);
  await said.waitFor();
  expect(await said.innerText()).toBe('picked {"pick":{}}');
  // (The point selection names every encoding of the chart, as Streamlit's does: x's field and y's.)
  // Bars A, B and C fill the plot from the y axis (at the left) to the right edge: C is the last third.
  const box = (await canvas.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.85, box.y + box.height * 0.4);
  await expect.poll(() => said.innerText()).toBe('picked {"pick":[{"a":"C","b":10}]}');
  await page.close();
});

const MANY_APP = `import * as st from "rivulet";
const n = 50_000;
st.lineChart({ y: Float64Array.from({ length: n }, (_, i) => Math.sin(i / 1000) * 100 + (i === 31_234 ? 500 : 0)) }, { width: 400 });
st.vegaLiteChart({ a: Float64Array.from({ length: 8_000 }, (_, i) => i) }, { mark: "line", encoding: { x: { field: "a", type: "quantitative" }, y: { field: "a", type: "quantitative" } } });
`;
const many = appUnderTest("chart-many-points", MANY_APP);

test("a built-in line chart of 50,000 points is drawn from about two per pixel; st.vegaLiteChart draws all", async () => {
  const page = await many.browser.newPage();
  await page.goto(many.server.url);
  const [line, own] = [page.locator('[data-testid="vega-lite-chart"]').nth(0), page.locator('[data-testid="vega-lite-chart"]').nth(1)];
  await line.locator("canvas").waitFor();
  const rows = Number(await line.getAttribute("data-rows"));
  expect(rows).toBeGreaterThanOrEqual(500);
  expect(rows).toBeLessThanOrEqual(1000);
  // (That the selection keeps peaks is packages/ui/test/decimate.test.ts's.)
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-testid="vega-lite-chart"] canvas').length)).toBe(2);
  await expect.poll(() => own.getAttribute("data-rows")).toBe("8000");
  await page.close();
});
