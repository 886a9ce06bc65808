// st.context from a socket's request (packages/server/src/transport/pageContext.ts): headers
// without the handshake's own, cookies, the address (none on this machine, as Streamlit says
// it), and what the page said of itself, field by field, a malformed part left unknown.
import type { IncomingMessage } from "node:http";
import { expect, test } from "vitest";
import { pageContextOf } from "../../packages/server/dist/transport/pageContext.js";

function request(headers: Record<string, string>, remoteAddress: string): IncomingMessage {
  return { headers, headersDistinct: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])), socket: { remoteAddress } } as unknown as IncomingMessage;
}

const said = (value: unknown) => `rivulet, rivulet-context.${Buffer.from(JSON.stringify(value)).toString("base64url")}`;

test("the request's headers, cookies and address, and what the page said", () => {
  const context = pageContextOf(
    request(
      { "user-agent": "Test/1", cookie: 'flavor=oat%20meal; theme="dark"', "sec-websocket-protocol": said({ timezone: "Asia/Tokyo", timezoneOffset: -540, locale: "fr-FR", theme: "dark", url: "https://app.example/orders", pagePath: "orders", isEmbedded: true }) },
      "203.0.113.7",
    ),
  );
  expect(context).toEqual({
    headers: { "user-agent": "Test/1", cookie: 'flavor=oat%20meal; theme="dark"' },
    cookies: { flavor: "oat meal", theme: "dark" },
    ipAddress: "203.0.113.7",
    url: "https://app.example/orders",
    timezone: "Asia/Tokyo",
    timezoneOffset: -540,
    locale: "fr-FR",
    isEmbedded: true,
    theme: { type: "dark" },
    pagePath: "orders",
  });
});

test("on this machine there is no address; what the page said wrong is unknown", () => {
  for (const local of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) expect(pageContextOf(request({}, local)).ipAddress).toBeNull();
  const context = pageContextOf(request({ "sec-websocket-protocol": said({ timezone: 5, timezoneOffset: 10_000, theme: "pink", locale: "x".repeat(100) }) }, "10.0.0.2"));
  expect([context.timezone, context.timezoneOffset, context.theme.type, context.locale]).toEqual([null, null, null, null]);
  expect(pageContextOf(request({ "sec-websocket-protocol": "rivulet, rivulet-context.%%%" }, "10.0.0.2")).pagePath).toBe("");
});
