// What st.context tells of the page a session serves: from the request that opened its socket
// (headers, cookies, the client's address) and from the page itself (its URL, time zone,
// locale, theme, whether it is embedded), sent when it connects. Pure data: it crosses threads.

export interface PageContext {
  /** Header names in lower case; a repeated header's values joined by ", ". */
  headers: Readonly<Record<string, string>>;
  cookies: Readonly<Record<string, string>>;
  /** The address the request came from; null when unknown or on this machine (localhost), as in Streamlit. */
  ipAddress: string | null;
  /** The page's URL as the browser shows it, or null when unknown. */
  url: string | null;
  /** The browser's IANA time zone ("Europe/Paris"), or null when it did not say. */
  timezone: string | null;
  /** Minutes to add to local time to get UTC, as JavaScript's getTimezoneOffset(); null when unknown. */
  timezoneOffset: number | null;
  /** The browser's first language ("en-US"), or null when it did not say. */
  locale: string | null;
  /** The page is in a frame of another page. */
  isEmbedded: boolean;
  /** The theme the page shows: "light" or "dark" (the browser's preference). */
  theme: { type: "light" | "dark" | null };
  /** The page's URL path below the app's, as it opened ("orders"; "" for the app's own): which page of a multipage app it asks for. */
  pagePath: string;
}

export const UNKNOWN_CONTEXT: PageContext = {
  headers: {},
  cookies: {},
  ipAddress: null,
  url: null,
  timezone: null,
  timezoneOffset: null,
  locale: null,
  isEmbedded: false,
  theme: { type: null },
  pagePath: "",
};

/** What a page says of itself (PageContext's part that is not the request's). */
export type PageSaid = Omit<PageContext, "headers" | "cookies" | "ipAddress">;

/**
 * What a page said of itself (JSON it sent: the server's socket subprotocol, the playground's
 * message to its worker), checked field by field: anything else is left unknown.
 */
export function pageSaid(said: unknown): PageSaid {
  const from = typeof said === "object" && said !== null && !Array.isArray(said) ? (said as Record<string, unknown>) : {};
  return {
    url: text(from.url, 2048),
    timezone: text(from.timezone, 64),
    timezoneOffset: typeof from.timezoneOffset === "number" && Number.isInteger(from.timezoneOffset) && Math.abs(from.timezoneOffset) <= 24 * 60 ? from.timezoneOffset : null,
    locale: text(from.locale, 64),
    isEmbedded: from.isEmbedded === true,
    theme: { type: from.theme === "light" || from.theme === "dark" ? from.theme : null },
    pagePath: text(from.pagePath, 512) ?? "",
  };
}

function text(value: unknown, max: number): string | null {
  return typeof value === "string" && value !== "" && value.length <= max ? value : null;
}
