// The page URL's query in AppTest, as a browser tab holds it: the test reads and writes it like
// `st.queryParams` (a string, or a list of strings for a repeated key); a write is a change of
// the URL, which the next `run()` sends to the session (`queryParams`), as a page does on
// back/forward. The session's own changes (`queryParams` messages) replace it.

import { formatQueryString, parseQueryString, type QueryValue } from "@rivulet/runtime";

export class PageQuery {
  /** The URL's query string, without "?". */
  query: string;
  /** Changed by the test since the session last saw it. */
  changed = false;

  constructor(initial: Record<string, QueryValue> = {}) {
    this.query = formatQueryString(Object.entries(initial));
  }

  /** The session changed the URL. */
  fromSession(query: string): void {
    this.query = query;
  }

  /** The change for the session, once. */
  takeChange(): string | null {
    if (!this.changed) return null;
    this.changed = false;
    return this.query;
  }

  /** `at.queryParams`: a live view; repeated keys read as lists. */
  view(): Record<string, QueryValue> {
    const read = (): Map<string, QueryValue> => parseQueryString(this.query);
    const write = (params: Map<string, QueryValue>): void => {
      this.query = formatQueryString(params);
      this.changed = true;
    };
    return new Proxy(Object.create(null) as Record<string, QueryValue>, {
      get: (_, key) => (typeof key === "string" ? read().get(key) : undefined),
      set: (_, key, value: unknown) => {
        if (typeof key !== "string") return false;
        const params = read();
        params.set(key, Array.isArray(value) ? value.map(String) : String(value));
        write(params);
        return true;
      },
      has: (_, key) => typeof key === "string" && read().has(key),
      deleteProperty: (_, key) => {
        const params = read();
        if (typeof key === "string" && params.delete(key)) write(params);
        return true;
      },
      ownKeys: () => [...read().keys()],
      getOwnPropertyDescriptor: (_, key) => {
        const value = typeof key === "string" ? read().get(key) : undefined;
        return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
      },
    });
  }
}
