// st.dialog and st.queryParams in the browser: a button opens a modal, a widget inside reruns
// only the dialog, st.rerun() closes it, Esc dismisses it, and the URL follows st.queryParams
// both ways.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { clickButton } from "./helpers/app-page.ts";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `
import * as st from "rivulet";
st.sessionState.appRuns = (st.sessionState.appRuns ?? 0) + 1;
st.sessionState.dialogRuns ??= 0;
const vote = st.dialog("Cast your vote", (item: string) => {
  st.sessionState.dialogRuns += 1;
  const sure = st.checkbox("Sure");
  st.text(\`item=\${item} sure=\${sure} app=\${st.sessionState.appRuns} dialog=\${st.sessionState.dialogRuns}\`);
  if (st.button("Submit")) {
    st.queryParams.vote = item;
    st.rerun();
  }
}, { width: "medium" });
if (st.button("Vote A")) vote("A");
st.text(\`vote=\${st.queryParams.vote ?? "none"} tab=\${st.queryParams.tab ?? "none"} app=\${st.sessionState.appRuns}\`);
`;

const app = appUnderTest("dialog", APP);

const text = (page: Page, body: string) => page.locator('[data-kind="text"]').getByText(body, { exact: true });

describe("st.dialog in the browser", () => {
  test("opens with a button, reruns only itself, closes with st.rerun, and the URL follows st.queryParams", async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}?tab=home`);
    await text(page, "vote=none tab=home app=1").waitFor();
    const entries = await page.evaluate(() => history.length);

    await clickButton(page, "Vote A");
    const dialog = page.getByRole("dialog", { name: "Cast your vote" });
    await dialog.waitFor();
    await text(page, "item=A sure=false app=2 dialog=1").waitFor();

    // A widget inside reruns only the dialog: the app's run count stays.
    await dialog.getByLabel("Sure").check();
    await text(page, "item=A sure=true app=2 dialog=2").waitFor();

    // st.rerun() inside: the full run does not open it again, so it closes; the script's
    // st.queryParams change replaces the URL's query.
    await dialog.getByRole("button", { name: "Submit", exact: true }).click();
    await dialog.waitFor({ state: "detached" });
    await text(page, "vote=A tab=home app=3").waitFor();
    await page.waitForURL((url) => url.searchParams.get("vote") === "A" && url.searchParams.get("tab") === "home");
    // Replaced, not pushed: no new history entry.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await page.close();
  });

  test("Esc dismisses the dialog without a rerun", async () => {
    const page = await app.browser.newPage();
    await page.goto(app.server.url);
    await clickButton(page, "Vote A");
    const dialog = page.getByRole("dialog", { name: "Cast your vote" });
    await dialog.waitFor();
    await text(page, "item=A sure=false app=2 dialog=1").waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    // Nothing reran: the page still shows the run that opened it.
    await text(page, "vote=none tab=none app=2").waitFor();
    // The X and a click outside do the same; here the next open shows it again.
    await clickButton(page, "Vote A");
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Close" }).click();
    await dialog.waitFor({ state: "detached" });
    await clickButton(page, "Vote A");
    await dialog.waitFor();
    await page.mouse.click(5, 5);
    await dialog.waitFor({ state: "detached" });
    await text(page, "vote=none tab=none app=4").waitFor();
    await page.close();
  });

  test("back and forward change st.queryParams and rerun the app", async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}?tab=one`);
    await text(page, "vote=none tab=one app=1").waitFor();
    await page.evaluate(() => history.pushState(null, "", "?tab=two"));
    await page.goBack();
    await text(page, "vote=none tab=one app=2").waitFor();
    await page.goForward();
    await text(page, "vote=none tab=two app=3").waitFor();
    await page.close();
  });
});
