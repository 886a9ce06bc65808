// The page's theme follows the system: Streamlit's light theme, or its dark one when the system
// asks for dark; Markdown's colours and the alerts follow it.
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `
import * as st from "rivulet";
st.markdown(":blue[sky]");
st.error("Broken");
`;

const app = appUnderTest("theme", APP);

const colours = async (scheme: "light" | "dark") => {
  const page = await app.browser.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(app.server.url);
  await page.getByText("Broken").waitFor();
  const result = {
    page: await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
    text: await page.evaluate(() => getComputedStyle(document.body).color),
    blue: await page.getByText("sky").evaluate((el) => getComputedStyle(el).color),
    alert: await page.getByText("Broken").evaluate((el) => getComputedStyle(el.closest('[data-kind="alert"] > *')!).color),
  };
  await page.close();
  return result;
};

test("light by default, Streamlit's dark theme when the system prefers dark", async () => {
  expect(await colours("light")).toEqual({ page: "rgb(255, 255, 255)", text: "rgb(49, 51, 63)", blue: "rgb(0, 104, 201)", alert: "rgb(125, 53, 59)" });
  expect(await colours("dark")).toEqual({ page: "rgb(14, 17, 23)", text: "rgb(250, 250, 250)", blue: "rgb(61, 157, 243)", alert: "rgb(255, 222, 222)" });
});
