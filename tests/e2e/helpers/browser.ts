import { chromium, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM } from "../../setup/chromium.ts";
import { makeTempDir } from "./temp-dir.ts";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  context: BrowserContext;
  /** A new tab; closed with the browser. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile (its own user-data-dir, deleted on close). */
export async function launchBrowser(options: { ignoreHTTPSErrors?: boolean; timezoneId?: string; locale?: string; colorScheme?: "light" | "dark" } = {}): Promise<Browser> {
  const profile = await makeTempDir("chromium-profile");
  const context = await chromium.launchPersistentContext(profile.dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
  });
  return {
    context,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      await profile.remove();
    },
  };
}
