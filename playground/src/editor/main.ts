// The editor page: CodeMirror beside the app's iframe. Every edit is compiled in a worker
// (compiler.worker.ts); its diagnostics are underlined as they come, and a script that compiles
// goes to the app page, which reruns with it.
import { basicSetup, EditorView } from "codemirror";
import { javascript } from "@codemirror/lang-javascript";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import type { CompileReply, CompileRequest, ScriptMessage } from "../messages.ts";
import { toEditor } from "./lint.ts";
import { STARTER } from "./starter.ts";

const compiler = new Worker(new URL("./compiler.worker.ts", import.meta.url), { type: "module" });
const frame = document.querySelector<HTMLIFrameElement>("#app-frame")!;

let asked = 0;
let appReady = false;
/** The last script that compiled, for an app page that was not ready when it came. */
let script: string | null = null;

const view = new EditorView({
  doc: STARTER,
  parent: document.querySelector("#editor")!,
  extensions: [
    basicSetup,
    javascript({ typescript: true }),
    lintGutter(),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) ask(update.state.doc.toString());
    }),
  ],
});

function ask(source: string): void {
  const request: CompileRequest = { id: ++asked, source };
  compiler.postMessage(request);
}

compiler.onmessage = (event: MessageEvent<CompileReply>) => {
  const reply = event.data;
  // A later edit's compile is on its way: this one describes a text that is gone.
  if (reply.id !== asked) return;
  view.dispatch(setDiagnostics(view.state, toEditor(reply.diagnostics, view.state.doc)));
  document.body.dataset.compiled = String(reply.id);
  if (reply.code === null) return;
  script = reply.code;
  if (appReady) sendScript(script);
};

function sendScript(code: string): void {
  const message: ScriptMessage = { type: "script", code };
  frame.contentWindow!.postMessage(message, location.origin);
}

addEventListener("message", (event: MessageEvent<{ type?: string }>) => {
  if (event.origin !== location.origin || event.source !== frame.contentWindow || event.data?.type !== "appReady") return;
  appReady = true;
  if (script !== null) sendScript(script);
});
// The app page says it is ready when it starts, and again when asked: whichever page's script
// runs first, one of the two reaches the other.
const askApp = () => frame.contentWindow?.postMessage({ type: "editorReady" }, location.origin);
frame.addEventListener("load", askApp);
if (frame.contentDocument?.readyState === "complete") askApp();

ask(view.state.doc.toString());
