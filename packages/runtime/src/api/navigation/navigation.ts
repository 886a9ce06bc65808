// st.navigation(pages, { position, expanded }): the app's pages (a list, or sections: an object
// of lists) and the one this run shows, which it returns (`page.run()` shows it): the page whose
// URL path the session was asked for, else the default page (the first, unless one is
// `default: true`). The menu goes to the page at the end of the run (session.ts), drawn in the
// sidebar, at the top, or not at all; the page's URL follows the page shown.

import { RivuletAPIError } from "../../errors/RivuletAPIError.ts";
import { invalidOption, oneOf } from "../../errors/invalidOption.ts";
import { currentExecution, takeSite } from "../../session/context.ts";
import type { NavPage } from "../../wire/protocol.ts";
import { StreamlitPage } from "./page.ts";

export interface NavigationOptions {
  /** Where the menu is drawn: "sidebar" (the default), "top", or "hidden" (switch pages with st.switchPage). */
  position?: "sidebar" | "top" | "hidden";
  /** Show every page in the menu, rather than the first few with "View more". */
  expanded?: boolean;
}

const POSITIONS = ["sidebar", "top", "hidden"] as const;

export function navigation(pages: readonly StreamlitPage[] | Readonly<Record<string, readonly StreamlitPage[]>>, options: NavigationOptions = {}): StreamlitPage {
  takeSite();
  const exec = currentExecution("navigation");
  const listed = sectionsOf(pages);
  if (listed.length === 0) throw new RivuletAPIError("navigation_without_pages");
  const defaults = listed.filter(({ page }) => page.isDefault);
  if (defaults.length > 1) throw new RivuletAPIError("several_default_pages");
  const fallback = defaults[0]?.page ?? listed[0]!.page;
  for (const { page } of listed) page.isDefault = page === fallback;
  const seen = new Set<string>();
  for (const { page } of listed) {
    if (seen.has(page.urlPath)) throw new RivuletAPIError("duplicate_page_url_path", { path: page.urlPath });
    seen.add(page.urlPath);
  }
  const position = options.position ?? "sidebar";
  if (!POSITIONS.includes(position)) throw invalidOption("navigation", "position", oneOf(POSITIONS), position);
  if (options.expanded !== undefined && typeof options.expanded !== "boolean") throw invalidOption("navigation", "expanded", "true or false", options.expanded);
  const asked = exec.session.pages.requested;
  const found = listed.find(({ page }) => page.urlPath === asked)?.page;
  const shown = found ?? fallback;
  const menu: NavPage[] = listed.map(({ page, section }) => ({ title: page.title, icon: page.icon, urlPath: page.urlPath, section }));
  exec.navigation = {
    type: "navigation",
    pages: menu,
    position,
    expanded: options.expanded === true,
    current: shown.urlPath,
    ...(found === undefined && asked !== "" ? { notFound: asked } : {}),
  };
  exec.pages = listed.map(({ page }) => page);
  return shown;
}

function sectionsOf(pages: unknown): { page: StreamlitPage; section: string | null }[] {
  if (Array.isArray(pages)) return pages.map((page) => ({ page: checked(page), section: null }));
  if (typeof pages !== "object" || pages === null) throw invalidOption("navigation", "pages", "a list of st.Page, or an object of sections", pages);
  return Object.entries(pages as Record<string, unknown>).flatMap(([section, list]) => {
    if (!Array.isArray(list)) throw invalidOption("navigation", "pages", "a list of st.Page for each section", list);
    return list.map((page) => ({ page: checked(page), section: section === "" ? null : section }));
  });
}

function checked(page: unknown): StreamlitPage {
  if (!(page instanceof StreamlitPage)) throw invalidOption("navigation", "pages", "st.Page(…) values", page);
  return page;
}
