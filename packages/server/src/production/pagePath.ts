// A multipage app's page has a URL of its own below the app's (`/orders`, st.navigation): the
// server answers it with the app's page, which then asks its session for that page. A page path
// is one segment with no dot (a file has one), and none of Rivulet's or Vite's own (`_rivulet`,
// `@vite`).

export function isPagePath(relative: string): boolean {
  return /^[^/.@_][^/.]*$/.test(relative);
}
