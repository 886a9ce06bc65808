// st.context through AppTest: what the test says of the page, headers read case-insensitively,
// read-only; and the defaults of a local page.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const texts = (at: AppTest): string[] => at.text.map((t) => String(t.value));

describe("st.context", () => {
  it("tells the page's headers (any case), cookies, address, URL, time zone, locale and theme", async () => {
    const at = await AppTest.fromString(
      `
      import * as st from "rivulet";
      const c = st.context;
      st.text([c.headers["User-Agent"], c.headers["user-agent"], String("Accept-Language" in c.headers), c.cookies.flavor, c.ipAddress, c.url].join(" | "));
      st.text([c.timezone, c.timezoneOffset, c.locale, c.theme.type, c.isEmbedded].join(" | "));
      st.text(Object.keys(c.headers).join(","));
    `,
      {
        context: {
          headers: { "User-Agent": "TestBrowser/1.0", "accept-language": "fr-FR" },
          cookies: { flavor: "oatmeal" },
          ipAddress: "203.0.113.7",
          timezone: "Asia/Tokyo",
          timezoneOffset: -540,
          locale: "fr-FR",
          theme: { type: "dark" },
        },
      },
    ).run();
    expect(at.exception).toEqual([]);
    expect(texts(at)).toEqual([
      "TestBrowser/1.0 | TestBrowser/1.0 | true | oatmeal | 203.0.113.7 | http://localhost:8501/",
      "Asia/Tokyo | -540 | fr-FR | dark | false",
      "user-agent,accept-language",
    ]);
  });

  it("is read-only", async () => {
    const at = await AppTest.fromString(`import * as st from "rivulet";\n(st.context.headers as Record<string, string>)["x-user"] = "ada";\n`).run();
    expect(at.exception.map((e) => e.node.code)).toEqual(["context_read_only"]);
  });
});
