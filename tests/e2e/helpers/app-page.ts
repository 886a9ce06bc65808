import type { Page } from "playwright-core";

/** Waits until the page shows a header (`st.header`) with exactly `text`. */
export async function waitForHeader(page: Page, text: string): Promise<void> {
  await page.getByRole("heading", { level: 2, name: text, exact: true }).waitFor();
}

/** Clicks the button (`st.button`) labelled `label` once the page has it enabled (the session is connected). */
export async function clickButton(page: Page, label: string): Promise<void> {
  await page.getByRole("button", { name: label, exact: true }).click();
}
