// Going to a page of a multipage app from the page (st.navigation's menu, st.pageLink): as the
// browser would follow a link (its URL pushed, so back returns), the session asked to show it.
// A click with a modifier (a new tab) is the browser's.

import type { Session } from "./session.svelte.ts";
import { pageUrl } from "./pageRoutes.ts";

export function goToPage(event: MouseEvent, session: Session, urlPath: string, current: string | undefined): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  if (urlPath === current) return;
  history.pushState(null, "", pageUrl(location.href, urlPath));
  session.send({ type: "navigate", page: urlPath });
}
