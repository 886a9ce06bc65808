// st.Page: one page of a multipage app, as Streamlit's StreamlitPage. A page is a function or a
// file of its own (./pageFile.ts); its title is the function's (or the file's) name with "_" as
// spaces unless given, its URL path that name unless given (`urlPath`), and the default page's
// URL is the app's own ("").

import { RivuletAPIError } from "../../errors/RivuletAPIError.ts";
import { invalidOption } from "../../errors/invalidOption.ts";
import { takeSite } from "../../session/context.ts";
import { checkIcon } from "../elements/icon.ts";
import { isPageFileLoader, pageFileName, runPageFile } from "./pageFile.ts";

export interface PageOptions {
  /** The page's title in the menu and the browser tab; the function's name when absent. */
  title?: string;
  /** An emoji or ":material/name:" shown beside the title. */
  icon?: string;
  /** The page's URL path below the app's (`orders` → /orders); the function's name when absent. */
  urlPath?: string;
  /** The page the app's own URL shows: the first page when no page is the default. */
  default?: boolean;
}

export class StreamlitPage {
  /** Set by st.navigation: the first page is the default when none says it is. */
  isDefault: boolean;

  constructor(
    private readonly body: () => unknown,
    readonly title: string,
    readonly icon: string,
    private readonly ownPath: string,
    isDefault: boolean,
    /** The page's file as st.Page was given it (`pages/orders.ts`), for a page of its own file. */
    readonly file: string | null = null,
  ) {
    this.isDefault = isDefault;
  }

  /** The URL path: "" for the default page. */
  get urlPath(): string {
    return this.isDefault ? "" : this.ownPath;
  }

  /** The path it has when it is not the default (what a link to it says in the menu). */
  get namedPath(): string {
    return this.ownPath;
  }

  /** Shows the page: runs its function (what st.navigation returned: `page.run()`). */
  run(): unknown {
    return this.body();
  }
}

export function Page(page: (() => unknown) | string, options?: PageOptions): StreamlitPage;
export function Page(page: (() => unknown) | string, options: PageOptions = {}, compiled?: unknown): StreamlitPage {
  takeSite();
  if (typeof page !== "function" && typeof page !== "string") throw invalidOption("Page", "page", "the function that shows the page, or its file", page);
  if (typeof options !== "object" || options === null) throw invalidOption("Page", "options", "an object of options", options);
  let body: () => unknown;
  let inferred: string;
  let inferredIcon = "";
  if (typeof page === "string") {
    // The compiler's loader of this very file: a path made at run time reaches no compiler.
    if (!isPageFileLoader(compiled) || compiled.file !== page) throw new RivuletAPIError("page_file_unseen", { file: page });
    const fromName = pageFileName(page);
    inferred = fromName.name;
    inferredIcon = fromName.icon;
    body = () => runPageFile(compiled);
  } else {
    inferred = page.name;
    body = page;
  }
  if (options.title === undefined && inferred === "") throw new RivuletAPIError("page_title_missing");
  const title = options.title ?? inferred.replace(/_/g, " ");
  if (typeof title !== "string" || title.trim() === "") throw new RivuletAPIError("page_title_empty");
  let path = options.urlPath ?? inferred;
  if (typeof path !== "string") throw invalidOption("Page", "urlPath", "a URL path without slashes", path);
  if (options.urlPath !== undefined) {
    if (path.trim() === "" && options.default !== true) throw new RivuletAPIError("page_url_path_empty");
    path = path.replace(/^\/+|\/+$/g, "");
    if (path.includes("/")) throw new RivuletAPIError("page_url_path_nested", { path });
  }
  // Streamlit checks the icon given (validate_icon_or_emoji); one from a file name is its own.
  const icon = options.icon === undefined ? inferredIcon : checkIcon("Page", options.icon) ?? "";
  return new StreamlitPage(body, title, icon, path === "" ? slug(title) : path, options.default === true, typeof page === "string" ? page : null);
}

/** The page of `pages` whose file `file` names (`./pages/a.ts` and `pages/a.ts` are one), if any. */
export function pageOfFile<P extends { readonly file: string | null }>(pages: readonly P[] | null, file: string): P | undefined {
  const wanted = withoutDotSlash(file);
  return pages?.find((page) => page.file !== null && withoutDotSlash(page.file) === wanted);
}

function withoutDotSlash(path: string): string {
  return path.replace(/^(?:\.\/)+/, "");
}

/** A URL path from a title, for a page whose function has no name. */
function slug(title: string): string {
  return title.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
}
