// st.set_page_config: the browser tab's title and icon, the layout ("centered" or "wide"), how
// the sidebar starts, and the app menu's items. As in Streamlit 1.50 it may be called anywhere
// and more than once: each call sets only what it names, later calls over earlier ones. It is
// an element that takes no room: the page reads every one in the tree, in order.

import * as v from "valibot";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { dedent } from "../api/elements/cleanText.ts";
import { defineElement } from "./define.ts";
import { checkIcon } from "./fields.ts";

export interface PageConfigOptions {
  pageTitle?: string;
  /** An emoji, `:material/name:`, an image's URL, or "random". */
  pageIcon?: string;
  layout?: "centered" | "wide";
  initialSidebarState?: "auto" | "expanded" | "collapsed";
  /** The app menu's "Get help" and "Report a bug" links (null hides them) and its "About" text (Markdown). */
  menuItems?: Record<string, string | null>;
}

const RANDOM_ICONS = ["🎈", "🚀", "🔥", "🌟", "🧪", "📊", "🎉", "🐙", "🦄", "🌈", "⚡", "🍀"];

export function setPageConfig(this: unknown, options: PageConfigOptions = {}): Container {
  const config: PageConfigNode = { kind: "pageConfig" };
  if (options.pageTitle !== undefined && options.pageTitle !== null) config.title = String(options.pageTitle);
  if (options.pageIcon !== undefined && options.pageIcon !== null) config.icon = pageIcon(options.pageIcon);
  if (options.layout !== undefined && options.layout !== null) {
    if (options.layout !== "centered" && options.layout !== "wide") throw invalidOption("setPageConfig", "layout", '"centered" or "wide"', options.layout);
    config.layout = options.layout;
  }
  const sidebar = options.initialSidebarState;
  if (sidebar !== undefined && sidebar !== null) {
    if (sidebar !== "auto" && sidebar !== "expanded" && sidebar !== "collapsed") {
      throw invalidOption("setPageConfig", "initialSidebarState", '"auto", "expanded" or "collapsed"', sidebar);
    }
    config.sidebar = sidebar;
  }
  if (options.menuItems !== undefined && options.menuItems !== null) config.menu = menuItems(options.menuItems);
  return writeElement(containerOf(this), "setPageConfig", config);
}

function pageIcon(icon: string): string {
  if (icon === "random") return RANDOM_ICONS[Math.floor(Math.random() * RANDOM_ICONS.length)]!;
  if (/^(https?:|data:image\/|\/|\.\.?\/)/.test(icon)) return icon;
  return checkIcon("setPageConfig", icon)!;
}

/** Streamlit's menu items: "Get help" and "Report a bug" links (null hides them), "About" Markdown. */
function menuItems(items: Record<string, string | null>): NonNullable<PageConfigNode["menu"]> {
  const menu: NonNullable<PageConfigNode["menu"]> = {};
  for (const [rawKey, value] of Object.entries(items)) {
    const key = rawKey.toLowerCase().trim();
    if (key !== "get help" && key !== "report a bug" && key !== "about") {
      throw invalidOption("setPageConfig", "menuItems", 'keyed by "Get help", "Report a bug" and "About"', rawKey);
    }
    if (key === "about") {
      menu.about = value === null ? null : dedent(String(value));
      continue;
    }
    if (value !== null && !/^(https?:\/\/|mailto:)/.test(String(value))) {
      throw invalidOption("setPageConfig", "menuItems", 'a URL beginning with "http://", "https://" or "mailto:"', value);
    }
    menu[key === "get help" ? "getHelp" : "reportBug"] = value;
  }
  return menu;
}

export const node = v.object({
  kind: v.literal("pageConfig"),
  title: v.optional(v.string()),
  icon: v.optional(v.string()),
  layout: v.optional(v.picklist(["centered", "wide"])),
  sidebar: v.optional(v.picklist(["auto", "expanded", "collapsed"])),
  /** A link, or null to hide the item; "about" is Markdown (null: the default text). */
  menu: v.optional(
    v.object({
      getHelp: v.optional(v.nullable(v.string())),
      reportBug: v.optional(v.nullable(v.string())),
      about: v.optional(v.nullable(v.string())),
    }),
  ),
});

type PageConfigNode = v.InferOutput<typeof node>;

export default defineElement({
  kind: "pageConfig",
  node,
  api: { setPageConfig },
  section: "App",
  docs: [
    {
      calls: ["st.setPageConfig({ pageTitle, pageIcon, layout, initialSidebarState, menuItems })"],
      streamlit: ["st.set_page_config"],
      notes: "anywhere, any number of times: each call sets what it names",
      example: 'st.setPageConfig({ pageTitle: "Sales", pageIcon: "📈", layout: "wide", initialSidebarState: "expanded", menuItems: { About: "# Sales\\nBuilt with *Rivulet*." } });',
    },
  ],
});
