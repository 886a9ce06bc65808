// st.selectbox in the browser: choosing with the mouse and the keyboard, filtering by typing,
// adding a typed option, clearing one that started empty; the script gets the option itself.
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
`;

const app = appUnderTest("selectbox", APP);

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
  expect(await page.getByLabel("Color").getAttribute("placeholder")).toBe("Choose an option");
  await page.getByLabel("Color").click();
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
