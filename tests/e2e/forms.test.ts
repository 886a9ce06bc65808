// A form in the browser: widgets inside it hold what the user sets (a rerun from elsewhere does
// not see it), and the submit button sends everything at once.
import { describe, expect, test } from "vitest";
import { clickButton } from "./helpers/app-page.ts";
import { appUnderTest } from "./helpers/app-under-test.ts";

const APP = `
import * as st from "rivulet";
const form = st.form("profile");
const age = form.slider("Age", { minValue: 0, maxValue: 10 });
const name = form.textInput("Name");
const sent = form.formSubmitButton("Save");
if (st.button("Rerun")) st.sessionState.reruns = (st.sessionState.reruns ?? 0) + 1;
st.text(\`age=\${age} name=\${name} sent=\${sent} reruns=\${st.sessionState.reruns ?? 0}\`);
const notes = st.form("notes", { clearOnSubmit: true });
const note = notes.textInput("Note");
if (notes.formSubmitButton("Add")) st.text("added " + note);
`;

const app = appUnderTest("forms", APP);

describe("st.form in the browser", () => {
  test("values set in the form reach the script only when Save is clicked", async () => {
    const page = await app.browser.newPage();
    await page.goto(app.server.url);
    const shown = page.locator('[data-kind="text"]');
    await shown.getByText("age=0 name= sent=false reruns=0", { exact: true }).waitFor();

    const age = page.getByRole("slider", { name: "Age" });
    await age.focus();
    for (let i = 0; i < 7; i++) await age.press("ArrowRight");
    const name = page.getByLabel("Name");
    await name.fill("Ada");
    await name.blur();
    // A run caused from outside the form does not see the held values, and keeps them shown.
    await clickButton(page, "Rerun");
    await shown.getByText("age=0 name= sent=false reruns=1", { exact: true }).waitFor();
    expect(await age.getAttribute("aria-valuetext")).toBe("7");
    expect(await name.inputValue()).toBe("Ada");

    await clickButton(page, "Save");
    await shown.getByText("age=7 name=Ada sent=true reruns=1", { exact: true }).waitFor();
    expect(await page.locator("[data-form=profile]").count()).toBe(1);
    await page.close();
  });

  test("Enter in the form's text input submits the form", async () => {
    const page = await app.browser.newPage();
    await page.goto(app.server.url);
    const shown = page.locator('[data-kind="text"]');
    await shown.getByText("age=0 name= sent=false reruns=0", { exact: true }).waitFor();
    const name = page.getByLabel("Name");
    await name.fill("Grace");
    await name.press("Enter");
    await shown.getByText("age=0 name=Grace sent=true reruns=0", { exact: true }).waitFor();
    await page.close();
  });

  test("clearOnSubmit: the run sees the text, then the field is empty again", async () => {
    const page = await app.browser.newPage();
    await page.goto(app.server.url);
    const note = page.getByLabel("Note");
    await note.fill("milk");
    await clickButton(page, "Add");
    await page.locator('[data-kind="text"]').getByText("added milk", { exact: true }).waitFor();
    // Once that run is over, the field shows the server's value: the default.
    await expect.poll(() => note.inputValue()).toBe("");
    await page.close();
  });
});
