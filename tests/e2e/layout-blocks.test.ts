// Layout blocks in the browser: st.tabs (switching runs nothing; the shown tab is kept across
// runs), st.expander (opened by the user, still open after a run), st.popover (a widget inside
// reruns the app and the panel stays open), a container of fixed height (scrolls), columns by
// weight with their content at the bottom.
import { expect, test } from "vitest";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `
import * as st from "rivulet";
st.sessionState.runs = (st.sessionState.runs ?? 0) + 1;
const [cat, dog] = st.tabs(["Cat", "Dog"]);
cat.text("meow");
const bark = dog.checkbox("Bark");
const more = st.expander("More");
more.text("hidden at first");
const settings = st.popover("Settings");
const loud = settings.toggle("Loud");
st.text(\`runs=\${st.sessionState.runs} bark=\${bark} loud=\${loud}\`);
const log = st.container({ height: 120, key: "log" });
for (let i = 0; i < 20; i++) log.text(\`line \${i}\`);
const [left, right] = st.columns([3, 1], { verticalAlignment: "bottom" });
left.text("left\\n\\n\\n\\nend");
right.text("bottom");
`;

const app = appUnderTest("layout-blocks", APP);

test("tabs switch without a run and keep the shown tab across runs; an expander stays as the user left it", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  const status = page.locator('[data-kind="text"]').getByText(/^runs=/);
  await page.getByText("runs=1 bark=false loud=false").waitFor();
  expect(await page.getByText("meow").isVisible()).toBe(true);
  await page.getByRole("tab", { name: "Dog" }).click();
  expect(await page.getByText("meow").isVisible()).toBe(false);
  expect(await status.innerText()).toBe("runs=1 bark=false loud=false");

  await page.getByText("More").click();
  await page.getByText("hidden at first").waitFor({ state: "visible" });
  await page.getByLabel("Bark").check();
  await page.getByText("runs=2 bark=true loud=false").waitFor();
  expect(await page.getByRole("tab", { name: "Dog" }).getAttribute("aria-selected")).toBe("true");
  expect(await page.getByText("hidden at first").isVisible()).toBe(true);
  await page.close();
});

test("a widget in a popover reruns the app and the popover stays open", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  await page.getByText(/^runs=\d+ bark=false loud=false$/).waitFor();
  await page.getByRole("button", { name: "Settings" }).click();
  const loud = page.getByRole("switch", { name: "Loud" });
  await loud.click();
  await page.getByText(/^runs=\d+ bark=false loud=true$/).waitFor();
  expect(await loud.isVisible()).toBe(true);
  await page.keyboard.press("Escape");
  await loud.waitFor({ state: "hidden" });
  await page.close();
});

test("a container of fixed height scrolls; columns share the row by weight and align their content", async () => {
  const page = await app.browser.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(app.server.url);
  await page.getByText("line 19").waitFor({ state: "attached" });
  const log = page.locator('[data-kind="text"]').getByText("line 0").locator("xpath=ancestor::div[contains(@class,'scroll')][1]");
  const box = await log.evaluate((el) => ({ client: el.clientHeight, scroll: el.scrollHeight, offset: el.offsetHeight }));
  expect(box.offset).toBe(120);
  expect(box.scroll).toBeGreaterThan(box.client);
  const left = (await page.getByText(/^left/).boundingBox())!;
  const right = (await page.getByText("bottom", { exact: true }).boundingBox())!;
  // 3 : 1 (the gap aside), and the short column's text at the row's bottom, level with "end".
  expect(left.width / right.width).toBeGreaterThan(2.5);
  expect(Math.abs(right.y + right.height - (left.y + left.height))).toBeLessThan(2);
  await page.close();
});
