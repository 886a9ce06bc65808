// The editor page: CodeMirror beside the app's iframe. Every edit is compiled in a worker
// (compiler.worker.ts); its diagnostics are underlined as they come, and a script that compiles
// goes to the app page, which reruns with it. The script opens from a shared link, else from
// the last visit, else the first example.
import { basicSetup, EditorView } from "codemirror";
import { javascript } from "@codemirror/lang-javascript";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import type { CompileReply, CompileRequest, ScriptMessage } from "../messages.ts";
import { EXAMPLES } from "./examples.ts";
import { toEditor } from "./lint.ts";
import { saveScript, savedScript, scriptFromHash, shareUrl } from "./share.ts";

const compiler = new Worker(new URL("./compiler.worker.ts", import.meta.url), { type: "module" });
const frame = document.querySelector<HTMLIFrameElement>("#app-frame")!;

let asked = 0;
let appReady = false;
/** The last script that compiled, for an app page that was not ready when it came. */
let script: string | null = null;
let saving: ReturnType<typeof setTimeout> | undefined;

const view = new EditorView({
  doc: (await scriptFromHash()) ?? savedScript() ?? EXAMPLES[0]!.source,
  parent: document.querySelector("#editor")!,
  extensions: [
    basicSetup,
    javascript({ typescript: true }),
    lintGutter(),
    EditorView.updateListener.of((update) => {
      if (!update.docChanged) return;
      const source = update.state.doc.toString();
      ask(source);
      clearTimeout(saving);
      saving = setTimeout(() => saveScript(source), 300);
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

// An example is another app: it starts in a new session (a fresh app page), not in this one's state.
const examples = document.querySelector<HTMLSelectElement>("#examples")!;
for (const [i, example] of EXAMPLES.entries()) examples.add(new Option(example.title, String(i)));
examples.addEventListener("change", () => {
  const example = EXAMPLES[Number(examples.value)];
  examples.value = "";
  if (example === undefined) return;
  appReady = false;
  script = null;
  frame.src = "./app.html";
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: example.source } });
});

const shared = document.querySelector<HTMLInputElement>("#share-url")!;
document.querySelector("#share")!.addEventListener("click", async () => {
  const url = await shareUrl(view.state.doc.toString());
  history.replaceState(null, "", url);
  shared.value = url;
  shared.hidden = false;
  shared.select();
});

ask(view.state.doc.toString());
