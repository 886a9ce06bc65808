// A loop with no st call holds only its session: another page keeps working, and Stop or a
// new input halts the loop at its checkpoint (sessions run on worker threads).
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { clickButton } from "./helpers/app-page.ts";
import { launchBrowser, type Browser } from "./helpers/browser.ts";
import { repoRoot } from "./helpers/paths.ts";
import { startRivulet, type RivuletServer } from "./helpers/rivulet-server.ts";

let browser: Browser;
let server: RivuletServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startRivulet(path.join(repoRoot, "examples/runaway.ts"));
});
afterAll(async () => {
  await server?.stop();
  await browser?.close();
});

describe("a runaway loop", () => {
  test("does not stop other pages, and Stop or another click halts it", async () => {
    const stuck = await browser.newPage();
    const other = await browser.newPage();
    await stuck.goto(server.url);
    await other.goto(server.url);
    await stuck.getByText("clicks: 0").waitFor();
    await other.getByText("clicks: 0").waitFor();

    await clickButton(stuck, "Spin forever");
    await stuck.getByText("Running…").waitFor();

    // The other page's session answers while the loop spins. (A page in a background tab gets
    // few animation frames, and clicks wait for frames: bring each page forward to use it.)
    await other.bringToFront();
    await clickButton(other, "Count");
    await other.getByText("clicks: 1").waitFor();
    await clickButton(other, "Count");
    await other.getByText("clicks: 2").waitFor();

    // Stop halts the loop; the page is usable again.
    await stuck.bringToFront();
    await stuck.getByRole("button", { name: "Stop", exact: true }).click();
    await stuck.getByText("Running…").waitFor({ state: "hidden" });
    await clickButton(stuck, "Count");
    await stuck.getByText("clicks: 1").waitFor();

    // A new input while it spins interrupts it as well, and its run goes on with the new value.
    await clickButton(stuck, "Spin forever");
    await stuck.getByText("Running…").waitFor();
    await clickButton(stuck, "Count");
    await stuck.getByText("clicks: 2").waitFor();
    await stuck.getByText("Running…").waitFor({ state: "hidden" });
    expect(await stuck.getByText("spinning…").count()).toBe(0);
    await stuck.close();
    await other.close();
  });
});
