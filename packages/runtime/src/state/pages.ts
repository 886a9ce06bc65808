// Which page of a multipage app a session shows: the URL path its page asked for (from the URL
// it opened, a menu click, back/forward, st.switchPage), and the menu the last run sent, so a
// run that changes nothing sends nothing.

import type { NavigationMessage } from "../wire/protocol.ts";

/** `Run`: a page file's run function (the session layer's type, above this one). */
export class PageStore<Run> {
  /** The URL path asked for; "" is the default page. */
  requested: string;
  /** What the page has of the menu (the last `navigation` message sent). */
  onPage: NavigationMessage | null = null;
  /**
   * The run functions of the page files this session has loaded, by st.Page call: a page file
   * is imported on its first run (a promise), and run synchronously from then on. A new
   * version of the script forgets them (its page files may have changed too).
   */
  readonly loaded = new Map<string, Run>();

  constructor(requested = "") {
    this.requested = normalizePath(requested);
  }

  /** The page asked for another page (a menu link, back/forward). */
  ask(path: string): void {
    this.requested = normalizePath(path);
  }

  /** The menu this run made, when the page does not have it already; null otherwise. */
  takeChange(made: NavigationMessage | null): NavigationMessage | null {
    if (made === null || JSON.stringify(made) === JSON.stringify(this.onPage)) return null;
    this.onPage = made;
    // A page that was not there is answered once: the page's URL is the default's from then on.
    if (made.notFound !== undefined) this.requested = made.current;
    return made;
  }
}

/** A URL path without its slashes: "/orders/" → "orders". */
export function normalizePath(path: string): string {
  return path.replace(/^\/+|\/+$/g, "");
}
