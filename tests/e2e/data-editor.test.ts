// st.dataEditor in the browser: a double click opens a cell's editor (text, number, select,
// date), Enter commits and the script gets the edited data; a checkbox toggles with a click; an
// invalid value is outlined and not sent; with dynamic rows, rows are added (waiting for a
// required value) and deleted.
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `import * as st from "rivulet";
const tasks = st.dataEditor([
  { task: "Write", hours: 3, done: false, kind: "docs", due: new Date("2024-05-06T00:00:00Z") },
  { task: "Test", hours: 2, done: true, kind: "code", due: null },
], {
  key: "tasks",
  columnConfig: {
    hours: st.columnConfig.NumberColumn("Hours", { minValue: 0, maxValue: 10 }),
    kind: st.columnConfig.SelectboxColumn("Kind", { options: ["docs", "code", "ops"] }),
    due: st.columnConfig.DateColumn("Due"),
  },
});
st.text("tasks " + JSON.stringify(tasks));
const people = st.dataEditor([{ name: "Ada", age: 36 }], {
  key: "people",
  numRows: "dynamic",
  columnConfig: { name: st.columnConfig.TextColumn("Name", { required: true }) },
});
st.text("people " + JSON.stringify(people));
`;

const app = appUnderTest("data-editor", APP);

test("cells are edited in place, per column type, and the script gets the edited data", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const grid = page.locator('[data-testid="data-editor"]').first();
  const out = page.getByText(/^tasks /);
  await out.waitFor();
  const cell = (row: number, column: number) => grid.locator('[role="row"]').nth(row + 1).locator('[role="gridcell"]').nth(column);

  await cell(0, 0).dblclick();
  await grid.getByRole("textbox", { name: "task" }).fill("Write docs");
  await grid.getByRole("textbox", { name: "task" }).press("Enter");
  await expect.poll(() => out.innerText()).toContain('"task":"Write docs"');

  // Out of the column's range: outlined, not sent; Escape leaves the cell as it was.
  await cell(1, 1).dblclick();
  const hours = grid.getByRole("spinbutton", { name: "Hours" });
  await hours.fill("12");
  await hours.press("Enter");
  expect(await hours.getAttribute("aria-invalid")).toBe("true");
  await hours.fill("7");
  await hours.press("Enter");
  await expect.poll(() => out.innerText()).toContain('"hours":7');

  await cell(0, 2).locator('input[type="checkbox"]').click();
  await expect.poll(() => out.innerText()).toMatch(/"task":"Write docs","hours":3,"done":true/);

  await cell(1, 3).dblclick();
  await grid.getByRole("combobox", { name: "Kind" }).selectOption("ops");
  await expect.poll(() => out.innerText()).toContain('"kind":"ops"');

  await cell(1, 4).dblclick();
  const due = grid.locator('input[type="date"]');
  await due.fill("2025-01-31");
  await due.press("Enter");
  await expect.poll(() => out.innerText()).toContain('"due":"2025-01-31T00:00:00.000Z"');
  expect(await cell(1, 4).innerText()).toMatch(/2025/);
  await page.close();
});

test("rows are added, waiting for a required value, and deleted", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const grid = page.locator('[data-testid="data-editor"]').nth(1);
  const out = page.getByText(/^people /);
  await out.waitFor();
  await grid.hover();
  await grid.getByRole("button", { name: "Add row" }).click();
  // The new row's first cell opens; the row is not sent until its required name is there.
  const name = grid.getByRole("textbox", { name: "Name" });
  await name.waitFor();
  expect(await grid.locator('[role="row"]').count()).toBe(3);
  await name.press("Escape");
  expect(await out.innerText()).toBe('people [{"name":"Ada","age":36}]');
  await grid.locator('[role="row"]').nth(2).locator('[role="gridcell"]').nth(1).dblclick();
  await grid.getByRole("textbox", { name: "Name" }).fill("Grace");
  await grid.getByRole("textbox", { name: "Name" }).press("Enter");
  await expect.poll(() => out.innerText()).toBe('people [{"name":"Ada","age":36},{"name":"Grace","age":null}]');

  await grid.getByRole("checkbox", { name: "Select row 0" }).click();
  await grid.hover();
  await grid.getByRole("button", { name: "Delete rows" }).click();
  await expect.poll(() => out.innerText()).toBe('people [{"name":"Grace","age":null}]');
  expect(await grid.locator('[role="row"]').count()).toBe(2);
  await page.close();
});
