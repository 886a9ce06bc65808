// What `st` has besides elements and containers: the session's state and URL, the run's control
// flow, fragments and dialogs. Their code is in api/; this registers them for the st exports
// and the README (they are not container methods).

import { sidebarContainer } from "../api/container.ts";
import { rerun, stop } from "../api/control.ts";
import { dialog } from "../api/dialog.ts";
import { fragment } from "../api/fragment.ts";
import { queryParams } from "../api/queryParams.ts";
import { runSignal } from "../api/runSignal.ts";
import { sessionState } from "../api/sessionState.ts";
import { secrets } from "../api/secrets.ts";
import { context } from "../api/context.ts";
import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { defineApi } from "./define.ts";

export { rerun, stop, dialog, fragment, queryParams, runSignal, sessionState, secrets, context, RivuletAPIError };
export type { Secrets } from "../api/secrets.ts";
export type { RerunOptions } from "../api/control.ts";
export type { DialogOptions } from "../api/dialog.ts";
export type { FragmentOptions } from "../api/fragment.ts";
export type { QueryParams } from "../api/queryParams.ts";

/** The sidebar: `st.sidebar.button("Go")`. */
export const sidebar = sidebarContainer;

export default defineApi({
  api: { sidebar, sessionState, rerun, stop, runSignal, fragment, dialog, queryParams, secrets, context, RivuletAPIError },
  containerMethods: false,
  section: "App",
  docs: [
    { example: "st.sessionState.count ??= 0;\nif (st.button(\"Add\")) st.sessionState.count++;\nst.text(`count: ${st.sessionState.count}`);", calls: ["st.sessionState"], streamlit: ["st.session_state"], notes: '`"k" in`, get, set, `delete`; keyed widgets\' values live at their key' },
    { example: "if (st.button(\"Again\")) st.rerun();\nif (!st.checkbox(\"Go on\")) st.stop();\nst.text(\"past the stop\");", calls: ["st.rerun({ scope })", "st.stop()"], streamlit: ["st.rerun", "st.stop"], notes: '`scope: "fragment"` only during a fragment rerun; no `try/catch` can swallow them' },
    { example: "const signal = st.runSignal();\nst.text(signal.aborted ? \"aborted\" : \"running\");", calls: ["st.runSignal()"], streamlit: [], notes: "the run's `AbortSignal`: aborts when the run is interrupted or over; hand it to `fetch`" },
    {
      example: "const counter = st.fragment(() => {\n  if (st.button(\"Tick\")) st.sessionState.ticks = (st.sessionState.ticks ?? 0) + 1;\n  st.text(`ticks: ${st.sessionState.ticks ?? 0}`);\n});\ncounter();", calls: ["st.fragment(fn, { runEvery })"],
      streamlit: ["@st.fragment"],
      notes:
        'calling the result renders it; widgets inside rerun only it; `runEvery` (seconds or `"2s"`, `"500ms"`) reruns it on a timer while the page is open and the app still calls it',
    },
    {
      example: "const confirm = st.dialog(\"Delete?\", (name: string) => {\n  st.text(`Delete ${name}?`);\n  if (st.button(\"Yes\")) st.rerun();\n});\nif (st.button(\"Delete file\")) confirm(\"report.csv\");", calls: ["st.dialog(title, fn, { width, dismissible, onDismiss })"],
      streamlit: ["@st.dialog"],
      notes:
        'calling the result (with arguments) opens a modal whose body is a fragment; `st.rerun()` inside closes it; one per run; `width` `"small"`/`"medium"`/`"large"`; `onDismiss` `"ignore"` (closed until a run opens it again), `"rerun"` or a function called before the rerun',
    },
    {
      example: "const tab = st.queryParams.tab ?? \"home\";\nst.text(`tab: ${tab}`);", calls: ["st.queryParams"],
      streamlit: ["st.query_params"],
      notes:
        'the page URL\'s query: `st.queryParams.x` (last value), `getAll`, `get`, set a string, a number or a list, `delete`, `"x" in`, `clear()`, `toDict()`, `fromDict()`; the URL follows the script\'s changes (replaced at the end of the run) and back/forward reruns the app',
    },
    {
      example: 'const region = st.secrets.get("region", "eu-west");\nst.text(`region: ${region}`);',
      calls: ["st.secrets"],
      streamlit: ["st.secrets"],
      notes: '`.rivulet/secrets.toml` of the project, then `~/.rivulet/secrets.toml`; `st.secrets.db.user`, `st.secrets["db"]`, `get(key, fallback)`, `"key" in`, `toDict()`; a missing key raises naming the files; read-only; root-level strings and numbers are also environment variables',
    },
    {
      example: 'st.text(`${st.context.timezone ?? "an unknown time zone"}, ${st.context.locale ?? "an unknown locale"}`);\nst.text(`user agent: ${st.context.headers["User-Agent"] ?? "none"}`);',
      calls: ["st.context"],
      streamlit: ["st.context"],
      notes: "the page's `headers` (case-insensitive), `cookies`, `ipAddress`, `url`, `timezone`, `timezoneOffset`, `locale`, `theme.type`, `isEmbedded`; read-only",
    },
    { example: "try {\n  st.slider(\"Empty range\", { minValue: 5, maxValue: 5 });\n} catch (error) {\n  if (error instanceof st.RivuletAPIError) st.warning(`${error.code}: ${error.message}`);\n}", calls: ["RivuletAPIError"], streamlit: ["StreamlitAPIException"] },
  ],
});
