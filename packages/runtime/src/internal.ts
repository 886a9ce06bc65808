// What compiled scripts see of the runtime. The compiler emits calls to exactly these
// members (see docs/architecture.md, "How a script becomes a run function").
export type { RunFunction, RunHandle, ScriptModule } from "./session/compiledScript.ts";
export { NO_MAGIC_QUERY, PAGE_FILES_EXPORT, PAGE_QUERY } from "./session/compiledScript.ts";
// A module of the app other than the entry (compiled in library mode) takes its `$rt` from these.
export { ambientHandle, runHandle } from "./session/moduleHandles.ts";
// An entry with a `pages/` folder and no st.navigation (Streamlit's convention) runs through this.
export { folderNavigation } from "./api/navigation/pagesFolder.ts";
