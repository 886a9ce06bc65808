// The grid's keyboard and copying: a click makes a cell active, the arrows move it (scrolling it
// into view), Ctrl+C copies it, or the selected rows, as tab-separated text; in a data editor
// Enter opens the cell's editor, Space toggles a checkbox and Delete empties a cell.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `import * as st from "rivulet";
st.dataframe({ n: Int32Array.from({ length: 200 }, (_, i) => i), word: Array.from({ length: 200 }, (_, i) => "w" + i) }, { height: 250, key: "df", onSelect: "rerun" });
const rows = st.dataEditor([{ name: "Ada", ok: false, note: "x" }, { name: "Alan", ok: true, note: "y" }], { key: "ed" });
st.text("edited " + JSON.stringify(rows));
`;

const app = appUnderTest("grid-keyboard", APP);

/** What the next copy puts on the clipboard, as the page's copy event carries it. */
async function copied(page: Page): Promise<string> {
  await page.evaluate(() => {
    (window as unknown as { copied: string | null }).copied = null;
    document.addEventListener("copy", (e) => ((window as unknown as { copied: string | null }).copied = e.clipboardData!.getData("text/plain")), { once: true });
  });
  await page.keyboard.press("Control+c");
  return page.evaluate(() => (window as unknown as { copied: string | null }).copied ?? "");
}

test("the arrows move the active cell, scroll it into view, and Ctrl+C copies it or the selected rows", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const grid = page.locator('[data-testid="dataframe"]').first();
  const cell = (row: number, column: number) => grid.locator('[role="row"]').nth(row + 1).locator('[role="gridcell"]').nth(column);
  await cell(0, 1).waitFor();
  // (Column 0 is the row checkboxes: the dataframe selects rows.)
  await cell(0, 1).click();
  expect(await copied(page)).toBe("0");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowDown");
  expect(await copied(page)).toBe("w1");
  await page.keyboard.press("Control+End");
  await expect.poll(() => grid.locator(".cell.active").innerText()).toBe("w199");
  expect(await copied(page)).toBe("w199");
  await page.keyboard.press("Control+Home");
  await expect.poll(() => grid.locator(".cell.active").innerText()).toBe("0");
  await grid.getByRole("checkbox", { name: "Select row 2" }).click();
  await grid.getByRole("checkbox", { name: "Select row 3" }).click();
  await expect.poll(async () => grid.locator('[role="row"][aria-selected="true"]').count()).toBe(2);
  expect(await copied(page)).toBe("2\tw2\n3\tw3");
  await page.close();
});

test("in a data editor, Enter edits the active cell, Space toggles a checkbox, Delete empties a cell", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const grid = page.locator('[data-testid="data-editor"]');
  const out = page.getByText(/^edited /);
  await out.waitFor();
  await grid.locator('[role="row"]').nth(1).locator('[role="gridcell"]').nth(0).click();
  await page.keyboard.press("Enter");
  await grid.getByRole("textbox", { name: "name" }).fill("Grace");
  await page.keyboard.press("Enter");
  await expect.poll(() => out.innerText()).toContain('"name":"Grace"');
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press(" ");
  await expect.poll(() => out.innerText()).toContain('"name":"Grace","ok":true');
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Delete");
  await expect.poll(() => out.innerText()).toBe('edited [{"name":"Grace","ok":true,"note":null},{"name":"Alan","ok":true,"note":"y"}]');
  await page.close();
});

test("in a data editor, cells pasted from a spreadsheet fill from the active cell, each through its column's editor", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const grid = page.locator('[data-testid="data-editor"]');
  const out = page.getByText(/^edited /);
  await out.waitFor();
  await grid.locator('[role="row"]').nth(1).locator('[role="gridcell"]').nth(0).click();
  // Three rows of three cells: the grid has two rows, the third is left out.
  await grid.locator('[role="grid"]').evaluate((root) => {
    const data = new DataTransfer();
    data.setData("text/plain", "Zed\ttrue\tp\nYan\tno\tq\nextra\ttrue\tr\n");
    root.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect.poll(() => out.innerText()).toBe('edited [{"name":"Zed","ok":true,"note":"p"},{"name":"Yan","ok":false,"note":"q"}]');
  await page.close();
});
