// Input widgets in the browser: st.toggle (a switch that flips the value), st.text_area (text
// that goes to the script on Ctrl+Enter or on leaving the field, not on each key),
// st.number_input (typed and applied with Enter, stepped with its buttons and arrow keys,
// kept within its bounds).
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `
import * as st from "rivulet";
st.sessionState.runs = (st.sessionState.runs ?? 0) + 1;
const dark = st.toggle("Dark");
const notes = st.textArea("Notes", { maxChars: 50 });
st.text(\`dark=\${dark} notes=\${JSON.stringify(notes)} runs=\${st.sessionState.runs}\`);
const qty = st.numberInput("Quantity", { minValue: 0, maxValue: 10 });
const price = st.numberInput("Price", { value: 1.5, step: 0.25, format: "%0.2f" });
st.text(\`qty=\${qty} price=\${price}\`);
`;

const app = appUnderTest("input-widgets", APP);

test("the toggle is a switch that sends its new value", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const text = page.locator('[data-kind="text"]');
  await text.getByText('dark=false notes="" runs=1', { exact: true }).waitFor();
  const toggle = page.getByRole("switch", { name: "Dark" });
  await toggle.click();
  await text.getByText('dark=true notes="" runs=2', { exact: true }).waitFor();
  expect(await toggle.isChecked()).toBe(true);
  await page.close();
});

test("the text area sends its text on Ctrl+Enter, and on leaving it, and shows its count", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const text = page.locator('[data-kind="text"]');
  await text.getByText(/^dark=false notes="" runs=\d+$/).waitFor();
  const notes = page.getByLabel("Notes");
  await notes.fill("one\ntwo");
  await page.getByText("Press Ctrl+Enter to apply").waitFor();
  await page.getByText("7/50").waitFor();
  await notes.press("Control+Enter");
  await text.getByText(/^dark=false notes="one\\ntwo" runs=\d+$/).waitFor();
  await notes.fill("three");
  await notes.blur();
  await text.getByText(/^dark=false notes="three" runs=\d+$/).waitFor();
  await page.close();
});

test("the number input applies a typed number on Enter, steps with its buttons and keys, and keeps to its bounds", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const text = page.locator('[data-kind="text"]');
  await text.getByText("qty=0 price=1.5", { exact: true }).waitFor();
  const qty = page.getByLabel("Quantity");
  await qty.fill("7");
  await page.getByText("Press Enter to apply").waitFor();
  await qty.press("Enter");
  await text.getByText("qty=7 price=1.5", { exact: true }).waitFor();
  await page.getByRole("button", { name: "Increment" }).first().click();
  await text.getByText("qty=8 price=1.5", { exact: true }).waitFor();
  // Past the maximum, a typed number is kept at it.
  await qty.fill("99");
  await qty.press("Enter");
  await text.getByText("qty=10 price=1.5", { exact: true }).waitFor();
  const price = page.getByLabel("Price");
  expect(await price.inputValue()).toBe("1.50");
  await price.press("ArrowUp");
  await text.getByText("qty=10 price=1.75", { exact: true }).waitFor();
  expect(await price.inputValue()).toBe("1.75");
  await page.close();
});
