// Status elements in the browser: a spinner shows while slow work runs and is gone after; a
// toast shows in the corner, over the page, until closed; a progress bar shows its value.
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `
import * as st from "rivulet";
st.sessionState.works ??= 0;
if (st.button("Work")) {
  await st.spinner("Working hard", async () => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
  });
  st.sessionState.works++;
  st.toast("Work done", { duration: "infinite" });
}
st.progress(40, "Forty percent");
st.text("works " + st.sessionState.works);
`;

const app = appUnderTest("status", APP);

test("a spinner shows while the work runs and is gone after; the toast shows until it is closed", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  await page.getByText("works 0").waitFor();
  expect(await page.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("40");
  await page.getByRole("button", { name: "Work" }).click();
  await page.getByText("Working hard").waitFor({ state: "visible" });
  await page.getByText("works 1").waitFor();
  await page.getByText("Working hard").waitFor({ state: "detached" });
  const toast = page.locator("#rv-toaster").getByText("Work done");
  await toast.waitFor({ state: "visible" });
  await page.locator("#rv-toaster").getByRole("button", { name: "Close" }).click();
  await toast.waitFor({ state: "detached" });
  await page.close();
});
