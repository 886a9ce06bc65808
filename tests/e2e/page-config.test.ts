// st.setPageConfig in the browser: the tab's title, the wide layout, the sidebar as it starts,
// and the app menu's About.
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `
import * as st from "rivulet";
st.setPageConfig({ pageTitle: "Sales report", pageIcon: "📈", layout: "wide", initialSidebarState: "collapsed", menuItems: { About: "Made by **the sales team**." } });
st.title("Sales");
st.sidebar.text("Filters");
`;

const app = appUnderTest("page-config", APP);

test("the title, icon, wide layout and collapsed sidebar are the config's; About shows its text", async () => {
  const page = await app.browser.newPage();
  await page.setViewportSize({ width: 1400, height: 800 });
  await page.goto(app.server.url);
  await page.getByRole("heading", { name: "Sales", exact: true }).waitFor();
  await expect.poll(() => page.title()).toBe("Sales report");
  expect(await page.locator('link[rel="icon"]').getAttribute("href")).toMatch(/^data:image\/svg\+xml,/);
  const heading = await page.getByRole("heading", { name: "Sales", exact: true }).boundingBox();
  // Wide: the content starts near the left edge, not in a centred 46rem column.
  expect(heading!.x).toBeLessThan(200);
  expect(await page.getByText("Filters").isVisible()).toBe(false);
  await page.getByRole("button", { name: "Expand sidebar" }).click();
  await page.getByText("Filters").waitFor({ state: "visible" });
  await page.getByRole("button", { name: "Main menu" }).click();
  await page.getByRole("menuitem", { name: "About" }).click();
  await page.getByRole("dialog").getByText("the sales team").waitFor();
  await page.close();
});
