// Where the URL says which page of a multipage app (st.navigation) the page shows. The server
// answers every path below the app's folder with the app's page, so a page is a path there
// (/apps/demo/orders); a static host has only its files, so the playground's app page says it in
// its URL's fragment (app.html#orders), where a reload still finds the file. The query is
// st.queryParams's either way.

export interface PageRoutes {
  /** The page `url` asks for ("" for the app's main page). */
  current(url: URL): string;
  /** `url` showing the page `urlPath` instead. */
  show(url: URL, urlPath: string): URL;
}

/** The server's: the page is the URL path's last segment, below the app's folder. */
export const PATH_ROUTES: PageRoutes = {
  current: (url) => decoded(url.pathname.slice(url.pathname.lastIndexOf("/") + 1)),
  show: (url, urlPath) => {
    const next = new URL(urlPath === "" ? "./" : `./${encodeURIComponent(urlPath)}`, url);
    next.search = url.search;
    return next;
  },
};

/** A static host's: the page is the URL's fragment, the file stays the same. */
export const HASH_ROUTES: PageRoutes = {
  current: (url) => decoded(url.hash.slice(1)),
  show: (url, urlPath) => {
    const next = new URL(url);
    next.hash = urlPath === "" ? "" : encodeURIComponent(urlPath);
    return next;
  },
};

let routes = PATH_ROUTES;

/** This page's host routes pages another way than the server's. */
export function usePageRoutes(host: PageRoutes): void {
  routes = host;
}

/** Which page of a multipage app the page's URL asks for: "orders" in /apps/demo/orders. */
export function pagePath(): string {
  return routes.current(new URL(location.href));
}

/** The URL of a page of a multipage app: `href` with the page's place ("" for the main page), the query kept. */
export function pageUrl(href: string, urlPath: string): string {
  return routes.show(new URL(href), urlPath).href;
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed escape (/%E0): the path as it is, which no page has.
    return segment;
  }
}
