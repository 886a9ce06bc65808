// Per-compile state shared by the phase 3 visitors.
import type * as t from "@babel/types";
import type { CompileMode } from "../../compile.ts";
import type { Analysis } from "../2-analyze/index.ts";

export interface PagesFolder {
  /** The entry's file name (its main page's name). */
  entry: string;
  /** The folder's page files, relative to the entry's folder (`pages/1_orders.ts`). */
  pages: readonly string[];
}

export interface TransformState {
  analysis: Analysis;
  /** A script becomes a run function; a library module keeps its shape (visitors/Program.ts). */
  mode: CompileMode;
  /** Whether the app has magic: its page files' imports say when it has not (page-loader.ts). */
  appMagic: boolean;
  /** An entry that is the main page of its `pages/` folder's app (no st.navigation call), or null. */
  pagesFolder: PagesFolder | null;
  rewriteImport: (source: string) => string;
  /** The script's text names one of the generated names: only then may it declare one (free-run-handle.ts). */
  mentionsRunHandle: boolean;
  /** The loaders of the page files a script names (page-loader.ts), exported for its host to load with it. */
  pageFiles: t.ObjectExpression[];
  /** Nodes already rewritten, so that a visitor never rewrites its own output. */
  done: WeakSet<t.Node>;
}
