// st.switchPage(page): ends this run and starts one showing `page` (an st.Page, its URL path,
// or the file of a page of its own file), as Streamlit's st.switch_page; the page's URL follows.

import { RivuletAPIError } from "../../errors/RivuletAPIError.ts";
import { currentExecution, takeSite } from "../../session/context.ts";
import { RerunSignal } from "../../session/signals.ts";
import { normalizePath } from "../../state/pages.ts";
import { pageOfFile, StreamlitPage } from "./page.ts";

export function switchPage(page: StreamlitPage | string): never {
  takeSite();
  const exec = currentExecution("switchPage");
  const known = exec.pages;
  const path = page instanceof StreamlitPage ? page.urlPath : typeof page === "string" ? normalizePath(page) : null;
  const target = known?.find((candidate) => candidate === page || candidate.urlPath === path || candidate.namedPath === path) ?? (typeof page === "string" ? pageOfFile(known, page) : undefined);
  if (target === undefined) {
    const paths = known === null ? "st.navigation has not listed any yet in this run" : known.map((p) => `"${p.urlPath}"`).join(", ");
    throw new RivuletAPIError("unknown_page", { page: typeof page === "string" ? page : page instanceof StreamlitPage ? page.title : String(page), pages: paths });
  }
  exec.session.pages.ask(target.urlPath);
  throw new RerunSignal("app", new Error("st.switchPage"));
}

