// What an execution and the st functions reach of their session.

import type { LiveBlock } from "../tree/live.ts";
import type { SessionStateStore } from "../state/sessionState.ts";
import type { WidgetRegistry } from "../state/widgets.ts";
import type { FragmentRegistry } from "./fragments.ts";
import type { DialogRegistry } from "./dialogs.ts";
import type { QueryParamsStore } from "../state/queryParams.ts";
import type { LoadedScript } from "./script.ts";
import type { CallSiteIds } from "./callSiteIds.ts";
import type { DataStore } from "./dataStore.ts";
import type { MediaStore } from "./mediaStore.ts";
import type { UploadStore } from "./uploads.ts";
import type { SecretsSource } from "../state/secrets.ts";
import type { PageContext } from "../state/pageContext.ts";
import type { PageStore } from "../state/pages.ts";
import type { RunFunction } from "./compiledScript.ts";

export interface SessionCore {
  /** The host's number for this session (0 when it gave none): see `reportRunsTo`. */
  readonly tag: number;
  readonly roots: readonly [main: LiveBlock, sidebar: LiveBlock];
  readonly widgets: WidgetRegistry;
  readonly state: SessionStateStore;
  readonly fragments: FragmentRegistry;
  readonly dialogs: DialogRegistry;
  readonly queryParams: QueryParamsStore;
  readonly script: LoadedScript;
  /** What st.secrets reads in its runs (undefined: the thread's, as its host provided them). */
  readonly secrets: SecretsSource | undefined;
  /** What st.context tells of its page. */
  readonly context: PageContext;
  /** Which page of a multipage app it shows (st.navigation). */
  readonly pages: PageStore<RunFunction>;
  /** The data its nodes name, sent to its page in binary frames. */
  readonly data: DataStore;
  /** The media files its nodes name, served to its page over HTTP by its host. */
  readonly media: MediaStore;
  /** The files its page uploaded (st.fileUploader's values name them). */
  readonly uploads: UploadStore;
  /** The ids of its call sites (Execution.identity). */
  readonly callSiteIds: CallSiteIds;
  /**
   * `iterable` as a `for await` of the script iterates it (`$rt.iterate`): every step sends what
   * the run wrote and waits as an await of the script does, and a halted run stops taking items.
   * For st functions that stream (st.writeStream); `generation` is the run's (Execution.generation).
   */
  iterateInRun<T>(generation: number, iterable: AsyncIterable<T> | Iterable<T>): AsyncIterable<T>;
  /**
   * What a compiled checkpoint does (take in the host's messages, halt when asked), for an st
   * function that waits synchronously: a cached function waiting for another thread's result.
   */
  checkpoint(): void;
}
