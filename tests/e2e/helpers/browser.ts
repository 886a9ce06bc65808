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

/**
 * Chromium's own stand-ins for a camera and a microphone (a moving test picture, a beep), and
 * its permission prompt answered yes: for st.cameraInput and st.audioInput, on a machine with
 * neither.
 */
const FAKE_MEDIA_ARGS = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"];

export interface BrowserOptions {
  ignoreHTTPSErrors?: boolean;
  timezoneId?: string;
  locale?: string;
  colorScheme?: "light" | "dark";
  /** A fake camera and microphone, allowed. */
  fakeMedia?: boolean;
}

/** Headless Chromium with a fresh profile (its own user-data-dir, deleted on close). */
export async function launchBrowser(options: BrowserOptions = {}): Promise<Browser> {
  const profile = await makeTempDir("chromium-profile");
  const { fakeMedia, ...rest } = options;
  const context = await chromium.launchPersistentContext(profile.dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: fakeMedia === true ? [...CHROMIUM_ARGS, ...FAKE_MEDIA_ARGS] : CHROMIUM_ARGS,
    ...(fakeMedia === true ? { permissions: ["camera", "microphone"] } : {}),
    ...rest,
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
