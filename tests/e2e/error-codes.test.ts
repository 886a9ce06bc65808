// A RivuletAPIError on the page: the exception element names its catalogue code, and the code
// links to its entry in the diagnostics reference the dev server serves beside the app.
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `
import * as st from "rivulet";
st.header("Orders");
const columns = Number(st.queryParams.columns ?? 0);
st.columns(columns);
`;

const app = appUnderTest("error-codes", APP);

test("the exception links its code to the code's entry in the reference", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const alert = page.getByRole("alert");
  await alert.getByText("st.columns: `spec` should be a positive integer or a list of positive numeric weights, not 0.").waitFor();
  const link = alert.getByRole("link", { name: "invalid_option" });
  const href = await link.getAttribute("href");
  expect(href).toBe("_rivulet/diagnostics.html#invalid_option");
  const reference = await page.context().newPage();
  await reference.goto(new URL(href!, page.url()).href);
  const entry = reference.locator("#invalid_option");
  await entry.waitFor();
  expect(await entry.textContent()).toBe("invalid_option");
  expect(await reference.title()).toBe("Rivulet diagnostics");
  await reference.close();
  await page.close();
});
