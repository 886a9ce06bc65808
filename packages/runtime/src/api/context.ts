// st.context: what the app knows of the page it serves (Streamlit's st.context): its request's
// headers (read case-insensitively, as Streamlit's) and cookies, the client's address, and the
// page's URL, time zone, locale, theme and embedding, which the page sends when it connects.
// Read-only; the current run's session's.

import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { currentExecution } from "../session/context.ts";
import type { PageContext } from "../state/pageContext.ts";

function page(): PageContext {
  return currentExecution("context").session.context;
}

const headers = new Proxy({} as Readonly<Record<string, string>>, {
  get: (_, name) => (typeof name === "string" ? page().headers[name.toLowerCase()] : undefined),
  has: (_, name) => typeof name === "string" && Object.hasOwn(page().headers, name.toLowerCase()),
  ownKeys: () => Object.keys(page().headers),
  getOwnPropertyDescriptor: (_, name) => {
    const value = typeof name === "string" ? page().headers[name.toLowerCase()] : undefined;
    return value === undefined ? undefined : { value, enumerable: true, configurable: true, writable: false };
  },
  set: () => {
    throw new RivuletAPIError("context_read_only");
  },
});

export const context = {
  /** The request's headers; `st.context.headers["User-Agent"]` finds `user-agent`. */
  get headers(): Readonly<Record<string, string>> {
    return headers;
  },
  get cookies(): Readonly<Record<string, string>> {
    return page().cookies;
  },
  get ipAddress(): string | null {
    return page().ipAddress;
  },
  get url(): string | null {
    return page().url;
  },
  get timezone(): string | null {
    return page().timezone;
  },
  get timezoneOffset(): number | null {
    return page().timezoneOffset;
  },
  get locale(): string | null {
    return page().locale;
  },
  get isEmbedded(): boolean {
    return page().isEmbedded;
  },
  get theme(): { readonly type: "light" | "dark" | null } {
    return page().theme;
  },
};
Object.freeze(context);
