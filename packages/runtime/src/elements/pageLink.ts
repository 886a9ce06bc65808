// st.pageLink: a link to a page of the app (an st.Page, its file, or its URL path) or to a web address, as
// Streamlit's st.page_link. A page link goes to the page within the app (its URL pushed, as the
// menu does); a web address opens in a new tab. The label and icon are the page's unless given.

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { pageOfFile, StreamlitPage } from "../api/navigation/page.ts";
import { currentExecution } from "../session/context.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { normalizePath } from "../state/pages.ts";
import { defineElement } from "./define.ts";
import { checkIcon, checkWidth, given, help, icon, width } from "./fields.ts";

export interface PageLinkOptions {
  /** The link's text (Markdown): the page's title when absent; required for a web address. */
  label?: string;
  /** An emoji or ":material/name:": the page's icon when absent. */
  icon?: string;
  help?: string;
  disabled?: boolean;
  width?: "content" | "stretch" | number;
}

const WEB = /^(https?:)?\/\//i;

export function pageLink(this: unknown, to: StreamlitPage | string, options: PageLinkOptions = {}): Container {
  // A page's file (`st.pageLink("pages/orders.ts")`, as Streamlit's st.page_link takes it) is that page.
  const page = typeof to === "string" && !WEB.test(to) ? (pageOfFile(currentExecution("pageLink").pages, to) ?? to) : to;
  const target = page instanceof StreamlitPage ? { page: page.urlPath } : typeof page === "string" && WEB.test(page) ? { url: page } : typeof page === "string" ? { page: normalizePath(page) } : null;
  if (target === null) throw invalidOption("pageLink", "page", "an st.Page, a page's URL path, or a web address", page);
  const label = options.label ?? (page instanceof StreamlitPage ? page.title : undefined);
  if (label === undefined) throw invalidOption("pageLink", "label", "the link's text (a link to a web address or a URL path needs one)", label);
  const shownIcon = checkIcon("pageLink", options.icon) ?? (page instanceof StreamlitPage && page.icon !== "" ? page.icon : undefined);
  return writeElement(containerOf(this), "pageLink", {
    kind: "pageLink",
    label: String(label),
    ...target,
    disabled: options.disabled === true,
    ...(shownIcon !== undefined ? { icon: shownIcon } : {}),
    ...given(options, "help"),
    ...(options.width !== undefined ? { width: checkWidth("pageLink", options.width, "content") } : {}),
  });
}

export const node = v.object({
  kind: v.literal("pageLink"),
  /** Markdown. */
  label: v.string(),
  /** A page of the app, by its URL path ("" is the default page)… */
  page: v.optional(v.string()),
  /** …or a web address, opened in a new tab. */
  url: v.optional(v.string()),
  icon,
  width,
  disabled: v.boolean(),
  help,
});

export default defineElement({
  kind: "pageLink",
  node,
  api: { pageLink },
  section: "Widgets",
  docs: [
    {
      calls: ["st.pageLink(page, { label, icon, help, disabled, width })"],
      streamlit: ["st.page_link"],
      notes: "a page of the app (an st.Page or its URL path: goes there as the menu does) or a web address (a new tab); the page's title and icon unless given",
      example: 'st.pageLink("https://docs.streamlit.io", { label: "Streamlit docs", icon: ":material/menu_book:" });',
    },
  ],
});
