// Headless Chromium for the benchmarks, launched as the tests launch it
// (tests/e2e/helpers/browser.ts): Debian's binary, the same flags, a fresh profile of its own,
// deleted once the work is done.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Runs `work` with a browser context on a fresh profile (an empty cache), and closes it after. */
export async function withChromium(work, { viewport = { width: 1200, height: 900 } } = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), "bench-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: "/usr/bin/chromium", headless: true, viewport, args: ARGS });
  try {
    return await work(context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
