// What the page does with a widget's value while the server has not answered yet: a second
// change made while the first is in flight is sent too, and text that cannot be sent stays in
// its field. (Found by review of the WidgetValue refactor; both failed before its fix.)
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

// Every run takes a while before it writes the box, so that the second click lands while the
// first is in flight and the page still has the box as it was.
const APP = `
import * as st from "rivulet";
st.sessionState.changes ??= 0;
await new Promise((resolve) => setTimeout(resolve, 500));
const box = st.checkbox("Box", { onChange: () => st.sessionState.changes++ });
st.text(\`box=\${box} changes=\${st.sessionState.changes}\`);
const name = st.textInput("Name");
st.text("length=" + (name ?? "").length);
`;

const app = appUnderTest("widget-values", APP);

test("checking and unchecking a box before the server answers sends both changes", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const texts = page.locator('[data-kind="text"]');
  await texts.getByText("box=false changes=0", { exact: true }).waitFor();
  const box = page.getByLabel("Box");
  await box.click();
  await box.click();
  await texts.getByText("box=false changes=2", { exact: true }).waitFor();
  expect(await box.isChecked()).toBe(false);
  await page.close();
});

test("text too large to send stays in its field, with the page saying why", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  await page.locator('[data-kind="text"]').getByText("length=0", { exact: true }).waitFor();
  const name = page.getByLabel("Name");
  await name.fill("x".repeat(2_200_000));
  await name.press("Enter");
  await page.getByText(/This value is too large to send/).waitFor();
  expect((await name.inputValue()).length).toBe(2_200_000);
  await page.close();
});
