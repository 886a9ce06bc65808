// st.cacheData in the browser: Streamlit's spinner ("Running `load(...)`.") shows while the
// function computes and is gone once it is done; the next run is a hit and shows none.
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `
import * as st from "rivulet";
const load = st.cacheData(async (region: string) => {
  await new Promise((resolve) => setTimeout(resolve, 2500));
  return region.length;
});
st.title("Sales");
st.text("length " + (await load(st.sessionState.region ?? "EU")));
st.button("Again");
`;

const app = appUnderTest("cache-spinner", APP);

test("the spinner shows while the cached function computes, and not on a hit", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const spinner = page.getByRole("status").filter({ hasText: "Running load(...)." });
  await spinner.waitFor({ state: "visible" });
  expect(await spinner.locator("code").textContent()).toBe("load(...)");
  await page.getByText("length 2").waitFor();
  expect(await page.getByRole("status").count()).toBe(0);
  await page.getByRole("button", { name: "Again" }).click();
  // The click's run is a hit: it finishes without computing, and writes no spinner.
  await expect.poll(() => page.evaluate(() => document.querySelectorAll("[role=status]").length)).toBe(0);
  await page.getByText("length 2").waitFor();
  await page.close();
});
