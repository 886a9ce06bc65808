// The widgets that choose among options, in the browser: st.selectbox (choosing with the mouse
// and the keyboard, filtering by typing, adding a typed option, clearing one that started
// empty), st.radio, st.multiselect (chips added, removed, Backspace); the script gets the
// options themselves.
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `
import * as st from "rivulet";
const plan = st.selectbox("Plan", [{ name: "free" }, { name: "team" }, { name: "enterprise" }], { formatFunc: (p) => p.name });
st.text("plan " + plan.name);
const color = st.selectbox("Color", ["red", "green", "blue"], { index: null });
st.text("color " + color);
const city = st.selectbox("City", ["Paris", "Berlin"], { acceptNewOptions: true });
st.text("city " + city);
const genre = st.radio("Genre", ["Comedy", "Drama"], { captions: ["Laugh", "Cry"] });
st.text("genre " + genre);
const colors = st.multiselect("Colors", ["Green", "Yellow", "Red"], { default: ["Yellow"], maxSelections: 2 });
st.text("colors " + colors.join(","));
`;

const app = appUnderTest("choice-widgets", APP);

test("an option is chosen with the mouse, or by typing and Enter; the script gets the option", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const texts = page.locator('[data-kind="text"]');
  await texts.getByText("plan free", { exact: true }).waitFor();
  const plan = page.getByLabel("Plan");
  await plan.click();
  await page.getByRole("option", { name: "team" }).click();
  await texts.getByText("plan team", { exact: true }).waitFor();
  expect(await plan.inputValue()).toBe("team");

  // Typing filters the options; Enter takes the highlighted one.
  await plan.fill("ent");
  await expect.poll(() => page.getByRole("option").allInnerTexts()).toEqual(["enterprise"]);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await texts.getByText("plan enterprise", { exact: true }).waitFor();

  // Text typed and left without choosing goes back to the chosen option's label.
  await plan.fill("fr");
  await plan.press("Tab");
  await expect.poll(() => plan.inputValue()).toBe("enterprise");
  await page.close();
});

test("a selectbox that started empty can be emptied again; one that accepts new options takes typed text", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const texts = page.locator('[data-kind="text"]');
  await texts.getByText("color null", { exact: true }).waitFor();
  expect(await page.getByLabel("Color", { exact: true }).getAttribute("placeholder")).toBe("Choose an option");
  await page.getByLabel("Color", { exact: true }).click();
  await page.getByRole("option", { name: "green" }).click();
  await texts.getByText("color green", { exact: true }).waitFor();
  await page.getByRole("button", { name: "Clear value" }).click();
  await texts.getByText("color null", { exact: true }).waitFor();

  const city = page.getByLabel("City");
  await city.fill("Lyon");
  await page.getByRole("option", { name: "Add: Lyon" }).click();
  await texts.getByText("city Lyon", { exact: true }).waitFor();
  expect(await city.inputValue()).toBe("Lyon");
  await page.close();
});

test("a radio button chooses its option; a multiselect adds and removes chips, up to its maximum", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const texts = page.locator('[data-kind="text"]');
  await texts.getByText("genre Comedy", { exact: true }).waitFor();
  await page.getByRole("radio", { name: /Drama/ }).check();
  await texts.getByText("genre Drama", { exact: true }).waitFor();
  expect(await page.getByRole("radio", { name: /Comedy/ }).isChecked()).toBe(false);

  await texts.getByText("colors Yellow", { exact: true }).waitFor();
  const colors = page.getByLabel("Colors");
  await colors.click();
  await page.getByRole("option", { name: "Green" }).click();
  await texts.getByText("colors Yellow,Green", { exact: true }).waitFor();
  // At the maximum the list says so instead of offering more.
  await colors.click();
  await page.getByText("You can only select up to 2 options. Remove an option first.").waitFor();
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Remove Yellow" }).click();
  await texts.getByText("colors Green", { exact: true }).waitFor();
  await colors.focus();
  await page.keyboard.press("Backspace");
  await texts.getByText("colors ", { exact: true }).waitFor();
  await page.close();
});
