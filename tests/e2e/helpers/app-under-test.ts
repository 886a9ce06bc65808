import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser, type Browser, type BrowserOptions } from "./browser.ts";
import { startRivulet, type RivuletServer } from "./rivulet-server.ts";
import { makeTempDir } from "./temp-dir.ts";

/**
 * The app `source`, run by `rivulet run` from a temporary folder, and a browser, for the tests of
 * one file: started before them, stopped after. Read its members inside the tests.
 */
export function appUnderTest(name: string, source: string, browserOptions: BrowserOptions = {}): { readonly browser: Browser; readonly server: RivuletServer } {
  let browser: Browser | undefined;
  let server: RivuletServer | undefined;
  let temp: Awaited<ReturnType<typeof makeTempDir>> | undefined;
  beforeAll(async () => {
    temp = await makeTempDir(name);
    const script = path.join(temp.dir, "app.ts");
    await writeFile(script, source);
    [browser, server] = await Promise.all([launchBrowser(browserOptions), startRivulet(script)]);
  });
  afterAll(async () => {
    await server?.stop();
    await browser?.close();
    await temp?.remove();
  });
  return {
    get browser() {
      if (browser === undefined) throw new Error("appUnderTest: the browser is there only inside the tests");
      return browser;
    },
    get server() {
      if (server === undefined) throw new Error("appUnderTest: the server is there only inside the tests");
      return server;
    },
  };
}
