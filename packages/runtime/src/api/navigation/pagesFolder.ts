// Streamlit's `pages/` convention: an app whose entry never calls st.navigation, with page
// files in a `pages/` folder beside it, is those pages and the entry (its main page, the
// default). The compiler makes such an entry's run function call this with its own body and
// the folder's files (the host lists them); the pages are in Streamlit's order (the number the
// name starts with, then the name), named and given icons by their file names.

import type { RunHandle } from "../../session/compiledScript.ts";
import { navigation } from "./navigation.ts";
import { Page } from "./page.ts";
import { pageFileName, type PageFileLoader } from "./pageFile.ts";

export function folderNavigation(handle: RunHandle, entry: string, main: () => unknown, files: readonly PageFileLoader[]): unknown {
  const { name, icon } = pageFileName(entry);
  const title = (name || "main").replace(/_/g, " ");
  const mainPage = handle.call("pages/Page.main", undefined, Page, main, { title, default: true, ...(icon === "" ? {} : { icon }) });
  const ordered = [...files].sort((a, b) => compare(pageFileName(a.file), pageFileName(b.file)));
  const pages = ordered.map((file, i) => handle.call(`pages/Page.${i}`, undefined, Page, file.file, {}, file));
  const shown = handle.call("pages/navigation.0", undefined, navigation, [mainPage, ...pages]) as { run(): unknown };
  return shown.run();
}

function compare(a: { order: number; name: string }, b: { order: number; name: string }): number {
  return a.order - b.order || (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0);
}
