// The button-group widgets in the browser: st.pills (multi), st.segmentedControl (single, with
// the keyboard), st.feedback (stars light up to the one chosen; choosing again takes it back),
// st.colorPicker (a colour set on its input), st.linkButton (a link to its URL; a `javascript:`
// URL is not followed).
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `
import * as st from "rivulet";
const days = st.pills("Days", ["Mon", "Tue", "Wed"], { selectionMode: "multi", default: ["Tue"] });
st.text("days " + days.join(","));
const mode = st.segmentedControl("Mode", [":material/light_mode: Light", ":material/dark_mode: Dark"]);
st.text("mode " + mode);
const stars = st.feedback("stars");
st.text("stars " + stars);
const color = st.colorPicker("Color", { value: "#0af" });
st.text("color " + color);
st.linkButton("Docs", "https://example.com/docs");
st.linkButton("Bad", "javascript:alert(1)");
`;

const app = appUnderTest("button-groups", APP);

test("pills toggle in multi mode; a segmented control takes one option, from the keyboard too", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const texts = page.locator('[data-kind="text"]');
  await texts.getByText("days Tue", { exact: true }).waitFor();
  const days = page.getByRole("group", { name: "Days" });
  expect(await days.getByRole("button", { name: "Tue" }).getAttribute("aria-pressed")).toBe("true");
  await days.getByRole("button", { name: "Mon" }).click();
  await texts.getByText("days Mon,Tue", { exact: true }).waitFor();
  await days.getByRole("button", { name: "Tue" }).click();
  await texts.getByText("days Mon", { exact: true }).waitFor();

  const mode = page.getByRole("group", { name: "Mode" });
  await mode.getByRole("button", { name: "Dark" }).focus();
  await page.keyboard.press("Enter");
  await texts.getByText("mode :material/dark_mode: Dark", { exact: true }).waitFor();
  await mode.getByRole("button", { name: "Light" }).click();
  await texts.getByText("mode :material/light_mode: Light", { exact: true }).waitFor();
  expect(await mode.getByRole("button", { name: "Dark" }).getAttribute("aria-pressed")).toBe("false");
  // Choosing the chosen one again leaves none.
  await mode.getByRole("button", { name: "Light" }).click();
  await texts.getByText("mode null", { exact: true }).waitFor();
  await page.close();
});

test("stars light up to the one chosen; the colour picker sends the colour; link buttons link", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const texts = page.locator('[data-kind="text"]');
  await texts.getByText("stars null", { exact: true }).waitFor();
  await page.getByRole("button", { name: "4 stars" }).click();
  await texts.getByText("stars 3", { exact: true }).waitFor();
  const lit = await page.locator('[data-kind="feedback"] button').evaluateAll((buttons) => buttons.map((b) => b.classList.contains("lit")));
  expect(lit).toEqual([true, true, true, true, false]);
  await page.getByRole("button", { name: "4 stars" }).click();
  await texts.getByText("stars null", { exact: true }).waitFor();

  const picker = page.getByLabel("Color");
  expect(await picker.inputValue()).toBe("#00aaff");
  // The browser's own picker is a native dialog: set the input as it would, then close it (change).
  await picker.evaluate((input: HTMLInputElement) => {
    input.value = "#ff8800";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await texts.getByText("color #ff8800", { exact: true }).waitFor();

  expect(await page.getByRole("link", { name: "Docs" }).getAttribute("href")).toBe("https://example.com/docs");
  expect(await page.getByRole("link", { name: "Docs" }).getAttribute("target")).toBe("_blank");
  expect(await page.getByRole("link", { name: "Bad" }).getAttribute("href")).toBeNull();
  await page.close();
});
