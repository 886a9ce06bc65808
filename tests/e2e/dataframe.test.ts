// st.dataframe and st.table in the browser: the data arrives in a binary frame and the grid draws
// it (the Arrow chunk loaded only then); a header click sorts, search filters, only the rows in
// view are in the DOM, column types draw as they should, and a table shows every row.
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `import * as st from "rivulet";
const n = 100000;
st.dataframe({ id: Int32Array.from({ length: n }, (_, i) => i), x: Float64Array.from({ length: n }, (_, i) => (i * 7919) % 1000 / 10) }, { height: 300 });
st.dataframe([
  { task: "Write", done: 0.8, ok: true, site: "https://example.com/write", trend: [1, 3, 2], tags: ["a", "b"], when: new Date("2024-05-06T07:08:09Z") },
  { task: "Test", done: 0.3, ok: false, site: "https://example.com/test", trend: [2, 2, 4], tags: [], when: null },
], {
  hideIndex: false,
  columnConfig: {
    done: st.columnConfig.ProgressColumn("Done", { minValue: 0, maxValue: 1, format: "percent" }),
    site: st.columnConfig.LinkColumn("Site", { displayText: "https://example.com/(.*)" }),
    trend: st.columnConfig.LineChartColumn("Trend"),
    when: st.columnConfig.DatetimeColumn("When", { format: "YYYY-MM-DD HH:mm" }),
  },
});
st.table({ Planet: ["Mercury", "Venus"], Notes: ["**closest**", "*hottest*"] });
const event = st.dataframe({ fruit: ["apple", "pear", "plum"], kg: [3, 1, 2] }, { onSelect: "rerun", selectionMode: ["multi-row", "single-column"], key: "picks" });
st.text("selected " + JSON.stringify(event.selection));
`;

const app = appUnderTest("dataframe", APP);

test("a dataframe draws only the rows in view, sorts on a header click and filters on search", async () => {
  const page = await app.browser.newPage();
  const binary: number[] = [];
  page.on("websocket", (ws) => ws.on("framereceived", (frame) => { if (typeof frame.payload !== "string") binary.push(frame.payload.length); }));
  await page.goto(app.server.url);
  const grid = page.locator('[data-testid="dataframe"]').first();
  await grid.locator('[role="gridcell"]').first().waitFor();
  // 100,000 rows × 2 columns of 4 and 8 bytes: one frame of about 1.2 MB, not JSON.
  expect(binary.some((length) => length > 1_200_000 && length < 1_300_000)).toBe(true);
  expect(await grid.getAttribute("aria-rowcount")).toBe("100001");
  const rendered = await grid.locator('[role="row"]').count();
  expect(rendered).toBeLessThan(40);
  expect(await grid.locator('[role="row"]').nth(1).locator('[role="gridcell"]').allInnerTexts()).toEqual(["0", "0"]);

  await grid.locator('[role="columnheader"]', { hasText: "x" }).click();
  await grid.locator('[role="columnheader"][aria-sort="ascending"]').waitFor();
  await grid.locator('[role="columnheader"]', { hasText: "x" }).click();
  await grid.locator('[role="columnheader"][aria-sort="descending"]').waitFor();
  expect(await grid.locator('[role="row"]').nth(1).locator('[role="gridcell"]').nth(1).innerText()).toBe("99.9");

  // Scrolled to the end: the last rows are drawn, still only a window of them.
  await grid.locator(".scroller").evaluate((s) => (s.scrollTop = s.scrollHeight));
  await expect.poll(() => grid.locator('[role="row"]').last().getAttribute("aria-rowindex")).toBe("100001");
  expect(await grid.locator('[role="row"]').count()).toBeLessThan(40);

  await grid.hover();
  await grid.getByRole("button", { name: "Search" }).click();
  await grid.getByRole("searchbox").fill("99999");
  await expect.poll(() => grid.locator('[data-testid="dataframe-matches"]').innerText()).toBe("1 of 100000");
  expect(await grid.locator('[role="row"]').nth(1).locator('[role="gridcell"]').first().innerText()).toBe("99999");
  await page.close();
});

test("column types draw as their config says, and a table shows every row with Markdown cells", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const grid = page.locator('[data-testid="dataframe"]').nth(1);
  await grid.locator('[role="gridcell"]').first().waitFor();
  expect(await grid.locator('[role="columnheader"]').allInnerTexts()).toEqual(["", "task", "Done", "ok", "Site", "Trend", "tags", "When"]);
  const first = grid.locator('[role="row"]').nth(1).locator('[role="gridcell"]');
  expect(await first.nth(0).innerText()).toBe("0");
  expect(await first.nth(2).innerText()).toBe("80%");
  expect(await first.nth(3).locator("input[type=checkbox]").isChecked()).toBe(true);
  expect(await first.nth(4).locator("a").innerText()).toBe("write");
  expect(await first.nth(4).locator("a").getAttribute("href")).toBe("https://example.com/write");
  expect(await first.nth(5).locator("svg.spark path.stroke").count()).toBe(1);
  expect(await first.nth(6).locator(".chip").allInnerTexts()).toEqual(["a", "b"]);
  expect(await first.nth(7).innerText()).toBe("2024-05-06 07:08");
  expect(await grid.locator('[role="row"]').nth(2).locator('[role="gridcell"]').nth(7).innerText()).toBe("None");

  const table = page.locator('[data-testid="table"]');
  expect(await table.locator("tbody tr").count()).toBe(2);
  expect(await table.locator("tbody td strong").innerText()).toBe("closest");
  await page.close();
});

test("a dataframe with onSelect selects rows with their checkboxes and columns with their headers, and the app reruns with them", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const grid = page.locator('[data-testid="dataframe"]').nth(2);
  await grid.locator('[role="gridcell"]').first().waitFor();
  const said = page.locator('[data-kind="text"]', { hasText: "selected" });
  await grid.getByRole("checkbox", { name: "Select row 2" }).click();
  await grid.getByRole("checkbox", { name: "Select row 0" }).click();
  await expect.poll(() => said.innerText()).toBe('selected {"rows":[2,0],"columns":[],"cells":[]}');
  expect(await grid.locator('[role="row"][aria-selected="true"]').count()).toBe(2);
  await grid.locator('[role="columnheader"]', { hasText: "kg" }).click();
  await expect.poll(() => said.innerText()).toBe('selected {"rows":[2,0],"columns":["kg"],"cells":[]}');
  // Sorting is the header's button when headers select: the selection keeps the data's positions.
  await grid.getByRole("button", { name: "Sort by kg" }).click();
  expect(await grid.locator('[role="row"]').nth(1).locator('[role="gridcell"]').nth(1).innerText()).toBe("pear");
  await grid.getByRole("checkbox", { name: "Select all rows" }).click();
  await expect.poll(() => said.innerText()).toBe('selected {"rows":[0,1,2],"columns":["kg"],"cells":[]}');
  await page.close();
});
