// st.context in Chromium: the page says its time zone, locale, theme and URL when it connects,
// and the server adds the request's headers and cookies.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { launchBrowser } from "./helpers/browser.ts";
import { startRivulet } from "./helpers/rivulet-server.ts";
import { makeTempDir } from "./helpers/temp-dir.ts";

const APP = `
import * as st from "rivulet";
const c = st.context;
st.text("zone " + c.timezone + " " + c.timezoneOffset);
st.text("locale " + c.locale + " theme " + c.theme.type + " embedded " + c.isEmbedded);
st.text("cookie " + c.cookies.flavor + " agent " + String(c.headers["User-Agent"]).includes("Chrome"));
st.text("url " + c.url);
st.text("ip " + c.ipAddress);
`;

test("the page's time zone, locale, theme, URL, cookies and headers reach st.context", async () => {
  const temp = await makeTempDir("context");
  const script = path.join(temp.dir, "app.ts");
  await writeFile(script, APP);
  const [browser, server] = await Promise.all([launchBrowser({ timezoneId: "Asia/Tokyo", locale: "fr-FR", colorScheme: "dark" }), startRivulet(script)]);
  const url = new URL(server.url);
  await browser.context.addCookies([{ name: "flavor", value: "oatmeal", domain: url.hostname, path: "/" }]);
  const page = await browser.newPage();
  await page.goto(`${server.url}?tab=2`);
  await page.getByText(/^zone /).waitFor();
  const shown = await page.locator("[data-kind=text], .stText, p").allTextContents();
  const line = (prefix: string) => shown.find((text) => text.startsWith(prefix));
  expect(line("zone ")).toBe("zone Asia/Tokyo -540");
  expect(line("locale ")).toBe("locale fr-FR theme dark embedded false");
  expect(line("cookie ")).toBe("cookie oatmeal agent true");
  expect(line("url ")).toBe(`url ${server.url}?tab=2`);
  // On this machine, as Streamlit says it: no address.
  expect(line("ip ")).toBe("ip null");
  await browser.close();
  await server.stop();
  await temp.remove();
});
