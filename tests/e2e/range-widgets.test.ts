// The range and time widgets in the browser: a range slider moved by keyboard and by dragging
// (the value goes out on release), a select slider, a date picked in the calendar (a range's
// start alone first), a date typed, and a time chosen from the list or typed.
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `
import * as st from "rivulet";
const [lo, hi] = st.slider("Price", { value: [20, 80] });
st.text("price " + lo + "-" + hi);
const size = st.selectSlider("Size", ["S", "M", "L", "XL"], { value: "M" });
st.text("size " + size);
const trip = st.dateInput("Trip", { value: [new Date(2025, 0, 1), new Date(2025, 0, 7)] });
st.text("trip " + trip.map((d) => d.getDate()).join(","));
const due = st.dateInput("Due", { value: new Date(2025, 0, 1), format: "DD.MM.YYYY" });
st.text("due " + due.getFullYear() + "-" + (due.getMonth() + 1) + "-" + due.getDate());
const alarm = st.timeInput("Alarm", { value: "08:45" });
st.text("alarm " + alarm);
`;

const app = appUnderTest("range-widgets", APP);

test("a range slider moves by keyboard and by dragging; a select slider by keyboard", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const texts = page.locator('[data-kind="text"]');
  await texts.getByText("price 20-80", { exact: true }).waitFor();
  const end = page.getByRole("slider", { name: "Price (end)" });
  await end.focus();
  await end.press("ArrowLeft");
  await end.press("PageDown");
  await texts.getByText("price 20-69", { exact: true }).waitFor();
  expect(await end.getAttribute("aria-valuetext")).toBe("69");

  // Dragging the start to the far left: nothing is sent until the mouse is released.
  const start = page.getByRole("slider", { name: "Price (start)" });
  const box = (await start.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x - 400, box.y + box.height / 2, { steps: 5 });
  expect(await start.getAttribute("aria-valuetext")).toBe("0");
  expect(await texts.getByText("price 20-69", { exact: true }).count()).toBe(1);
  await page.mouse.up();
  await texts.getByText("price 0-69", { exact: true }).waitFor();

  const size = page.getByRole("slider", { name: "Size" });
  await size.focus();
  await size.press("End");
  await texts.getByText("size XL", { exact: true }).waitFor();
  await page.close();
});

test("dates are picked in the calendar (a range's start first) or typed in the input's format", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const texts = page.locator('[data-kind="text"]');
  await texts.getByText("trip 1,7", { exact: true }).waitFor();
  await page.getByLabel("Trip").click();
  const day = (n: number) => page.locator("[data-bits-day]:not([data-outside-month])", { hasText: new RegExp(`^${n}$`) });
  await day(10).click();
  await texts.getByText("trip 10", { exact: true }).waitFor();
  await day(15).click();
  await texts.getByText("trip 10,15", { exact: true }).waitFor();
  expect(await page.getByLabel("Trip").inputValue()).toBe("2025/01/10 – 2025/01/15");

  // The keyboard: into the calendar, a day on, Enter.
  const due = page.getByLabel("Due");
  await due.click();
  await due.press("ArrowDown");
  // Focus moves into the calendar once it is drawn, as a user sees it do before going on.
  await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute("data-bits-day"))).toBe(true);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await texts.getByText("due 2025-1-2", { exact: true }).waitFor();

  // Typed: a real date applies, anything else gives way to the chosen date.
  await due.fill("31.02.2025");
  await due.press("Enter");
  await expect.poll(() => due.inputValue()).toBe("02.01.2025");
  await due.fill("14.03.2025");
  await due.press("Enter");
  await texts.getByText("due 2025-3-14", { exact: true }).waitFor();
  await page.close();
});

test("a time is chosen from the list at its step, or typed", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const texts = page.locator('[data-kind="text"]');
  await texts.getByText("alarm 08:45", { exact: true }).waitFor();
  const alarm = page.getByLabel("Alarm");
  await alarm.click();
  await page.getByRole("option", { name: "09:15" }).click();
  await texts.getByText("alarm 09:15", { exact: true }).waitFor();
  await alarm.fill("7:05");
  await page.getByRole("option", { name: "07:05" }).click();
  await texts.getByText("alarm 07:05", { exact: true }).waitFor();
  expect(await alarm.inputValue()).toBe("07:05");
  await page.close();
});
