// st.metric in the browser: the value, the delta with its arrow and colour, the chart of its
// history, and a border, as the page draws them.
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `import * as st from "rivulet";
const [a, b, c] = st.columns(3);
a.metric("Temperature", "70 °F", { delta: "1.2 °F", chartData: [68, 69, 68.4, 69.5, 70], border: true });
b.metric("Wind", "9 mph", { delta: "-8%", chartData: [12, 11, 10, 9.5, 9], chartType: "area", border: true });
c.metric("Humidity", "86%", { delta: "4%", deltaColor: "inverse", chartData: [80, 82, 85, 84, 86], chartType: "bar", border: true });
st.metric("Visitors", 1234, { delta: 0, deltaColor: "off", help: "This week" });
`;

const app = appUnderTest("metric", APP);

test("a metric shows its value, its delta with an arrow in its colour, and its chart", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const metrics = page.locator('[data-kind="metric"]');
  await metrics.first().waitFor();
  expect(await metrics.locator('[data-testid="metric-value"]').allInnerTexts()).toEqual(["70 °F", "9 mph", "86%", "1234"]);
  expect(await metrics.locator('[data-testid="metric-delta"]').allInnerTexts()).toEqual(["1.2 °F", "-8%", "4%", "0"]);
  const colors = await metrics.locator('[data-testid="metric-delta"]').evaluateAll((deltas) => deltas.map((d) => getComputedStyle(d).color));
  expect(colors).toEqual(["rgb(9, 171, 59)", "rgb(255, 43, 43)", "rgb(255, 43, 43)", "rgb(85, 88, 103)"]);
  expect(await metrics.locator("svg.chart").count()).toBe(3);
  expect(await metrics.locator("svg.chart rect").count()).toBe(5);
  expect(await metrics.nth(0).evaluate((m) => getComputedStyle(m.querySelector(".metric")!).borderTopStyle)).toBe("solid");
  await page.close();
});
