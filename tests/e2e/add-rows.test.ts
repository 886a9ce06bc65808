// addRows in the browser: a dataframe and a chart that grow while the run goes on show every row
// added, each batch sent as a frame of its own.
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `import * as st from "rivulet";
const table = st.dataframe([{ step: 0, loss: 1 }]);
const chart = st.lineChart([{ step: 0, loss: 1 }], { x: "step", y: "loss" });
for (let step = 1; step <= 5; step++) {
  await new Promise((resolve) => setTimeout(resolve, 30));
  table.addRows([{ step, loss: 1 / (step + 1) }]);
  chart.addRows([{ step, loss: 1 / (step + 1) }]);
}
st.text("done");
`;

const app = appUnderTest("add-rows", APP);

test("rows added while the run goes on reach the grid and the chart", async () => {
  const page = await app.browser.newPage();
  const frames: number[] = [];
  page.on("websocket", (ws) => ws.on("framereceived", (frame) => { if (typeof frame.payload !== "string") frames.push(frame.payload.length); }));
  await page.goto(app.server.url);
  await page.getByText("done").waitFor();
  const grid = page.locator('[data-testid="dataframe"]');
  await expect.poll(() => grid.getAttribute("aria-rowcount")).toBe("7");
  expect(await grid.locator('[role="row"]').last().locator('[role="gridcell"]').allInnerTexts()).toEqual(["5", "0.1667"]);
  await page.locator('[data-testid="vega-lite-chart"] canvas').waitFor();
  // The first table, then a small one per batch (the grid's and the chart's rows are the same
  // bytes: one frame serves both): never the whole data again.
  expect(frames.length).toBe(6);
  expect(Math.max(...frames)).toBeLessThan(2000);
  await page.close();
});
