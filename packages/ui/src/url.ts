// The page URL's query and `st.queryParams`: the socket carries the query the page opened with
// (`<dir>_rivulet/ws?<query>`), a back/forward sends the new one (`queryParams`), and a change
// by the script replaces the URL's query in place (Streamlit replaces, it does not push).

/** A URL's query without "?": `?a=1` → `a=1`. */
export function queryOf(search: string): string {
  return search.startsWith("?") ? search.slice(1) : search;
}

/** `url` with its query replaced by `query` ("" removes it); the hash stays. */
export function withQuery(url: string, query: string): string {
  const next = new URL(url);
  next.search = query === "" ? "" : `?${query}`;
  return next.href;
}

/** What the page does when the script changed the query: replace the URL, keep history as it is. */
export function replaceQuery(history: Pick<History, "state" | "replaceState">, href: string, query: string): void {
  const next = withQuery(href, query);
  if (next !== href) history.replaceState(history.state, "", next);
}
