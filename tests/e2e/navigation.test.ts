// A multipage app in Chromium: the menu in the sidebar, a click that goes to a page and gives
// it its URL, back and forward, a page opened by its URL, st.switchPage, and the tab's title.
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `
import * as st from "rivulet";
function home() {
  st.title("Welcome");
  if (st.button("See orders")) st.switchPage(orders);
  st.pageLink(revenue);
  st.pageLink("https://example.com/help", { label: "Help", icon: ":material/help:" });
}
function listOrders() {
  st.title("All orders");
  st.text("3 open orders");
}
const orders = st.Page(listOrders, { title: "Orders", icon: "📦", urlPath: "orders" });
const revenue = st.Page(() => st.title("Revenue by month"), { title: "Revenue", icon: ":material/bar_chart:" });
st.navigation({ "": [st.Page(home, { title: "Home", icon: "🏠" })], Reports: [orders, revenue] }).run();
`;

const app = appUnderTest("navigation", APP);

test("the menu goes to a page and its URL; back and forward; a page opened by its URL; st.switchPage", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  await page.getByRole("heading", { name: "Welcome" }).waitFor();
  const menu = page.getByRole("navigation", { name: "Pages" });
  expect(await menu.getByRole("link").allTextContents()).toEqual(["🏠Home", "📦Orders", "bar_chartRevenue"]);
  expect(await menu.getByRole("link", { name: "Home" }).getAttribute("aria-current")).toBe("page");

  await menu.getByRole("link", { name: "Orders" }).click();
  await page.getByRole("heading", { name: "All orders" }).waitFor();
  expect(new URL(page.url()).pathname).toBe("/orders");
  await expect.poll(() => page.title()).toBe("Orders");

  await page.goBack();
  await page.getByRole("heading", { name: "Welcome" }).waitFor();
  expect(new URL(page.url()).pathname).toBe("/");
  await page.goForward();
  await page.getByRole("heading", { name: "All orders" }).waitFor();

  // Opened by its URL, in a new tab: its own session shows that page.
  const other = await app.browser.newPage();
  await other.goto(new URL("revenue", app.server.url).href);
  await other.getByRole("heading", { name: "Revenue by month" }).waitFor();
  await other.close();

  await menu.getByRole("link", { name: "Home" }).click();
  await page.getByRole("button", { name: "See orders" }).click();
  await page.getByRole("heading", { name: "All orders" }).waitFor();
  await expect.poll(() => new URL(page.url()).pathname).toBe("/orders");
  await page.goBack();
  await page.getByRole("heading", { name: "Welcome" }).waitFor();
  // st.pageLink: a page of the app goes there in place; a web address opens in a new tab.
  const main = page.getByRole("main");
  expect(await main.getByRole("link", { name: "Help" }).getAttribute("target")).toBe("_blank");
  await main.getByRole("link", { name: "Revenue" }).click();
  await page.getByRole("heading", { name: "Revenue by month" }).waitFor();
  expect(new URL(page.url()).pathname).toBe("/revenue");
  await page.close();
});

const MANY = `
import * as st from "rivulet";
const pages = Array.from({ length: 14 }, (_, i) => st.Page(() => st.title("Report " + (i + 1)), { title: "Report " + (i + 1), urlPath: "report-" + (i + 1) }));
st.navigation(pages).run();
`;

const many = appUnderTest("navigation-many", MANY);

test("past 12 pages the menu shows 10 and View more, unless expanded", async () => {
  const page = await many.browser.newPage();
  await page.goto(many.server.url);
  await page.getByRole("heading", { name: "Report 1" }).waitFor();
  const menu = page.getByRole("navigation", { name: "Pages" });
  expect(await menu.getByRole("link").count()).toBe(10);
  await menu.getByRole("button", { name: "View 4 more" }).click();
  expect(await menu.getByRole("link").count()).toBe(14);
  await menu.getByRole("link", { name: "Report 13" }).click();
  await page.getByRole("heading", { name: "Report 13" }).waitFor();
  await menu.getByRole("button", { name: "View less" }).click();
  // The page shown stays listed.
  expect(await menu.getByRole("link").allTextContents()).toEqual([...Array.from({ length: 10 }, (_, i) => `Report ${i + 1}`), "Report 13"]);
  await page.close();
});
