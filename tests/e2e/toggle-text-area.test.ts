// st.toggle and st.text_area in the browser: a switch that flips the value; text that goes to
// the script on Ctrl+Enter or on leaving the field, not on each key.
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `
import * as st from "rivulet";
st.sessionState.runs = (st.sessionState.runs ?? 0) + 1;
const dark = st.toggle("Dark");
const notes = st.textArea("Notes", { maxChars: 50 });
st.text(\`dark=\${dark} notes=\${JSON.stringify(notes)} runs=\${st.sessionState.runs}\`);
`;

const app = appUnderTest("toggle-text-area", APP);

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
