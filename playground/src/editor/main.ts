// The editor page: CodeMirror beside the app's iframe. Every edit is compiled in a worker
// (compiler.ts); its diagnostics are underlined as they come, and a script that compiles goes
// to the app page, which reruns with it. The script opens from a shared link, else from the last
// visit, else the first example. An example's code came with the page: its app runs at once,
// and the editor and the compiler (the heavy parts) load beside it, the compiler once it has run.
import type { Diagnostic } from "@rivulet/runtime";
import type { RunError } from "../messages.ts";
import { AppFrame } from "./appFrame.ts";
import type { Editor } from "./editor.ts";
import { EXAMPLES } from "./examples.ts";
import { saveScript, savedScript, scriptFromHash, shareUrl } from "./share.ts";

let editor: Editor | undefined;
let runErrors: RunError[] = [];
let diagnostics: Diagnostic[] = [];
const app = new AppFrame(document.querySelector<HTMLIFrameElement>("#app-frame")!, (errors) => {
  runErrors = errors;
  editor?.underline(diagnostics, runErrors);
});
const opening = (await scriptFromHash()) ?? savedScript() ?? EXAMPLES[0]!.source;
const built = EXAMPLES.find((example) => example.source === opening)?.script;
if (built !== undefined) app.run(built);

const [{ startEditor }, { Compiler }] = await Promise.all([import("./editor.ts"), import("./compiler.ts")]);
let saving: ReturnType<typeof setTimeout> | undefined;
let compiler: InstanceType<typeof Compiler> | null = null;

const shown: Editor = startEditor(document.querySelector("#editor")!, opening, (source) => {
  compiler?.compile(source);
  clearTimeout(saving);
  saving = setTimeout(() => saveScript(source), 300);
});
editor = shown;
shown.underline(diagnostics, runErrors);

const startCompiler = () => {
  compiler = new Compiler((reply) => {
    diagnostics = reply.diagnostics;
    shown.underline(diagnostics, runErrors);
    document.body.dataset.compiled = String(reply.id);
    if (reply.script !== null) app.run(reply.script);
  });
  compiler.compile(shown.source);
};
// The app's first run does not wait for the compiler's worker to load (~1 MB of Babel).
if (built !== undefined) void app.firstRun().then(startCompiler);
else startCompiler();

// An example is another app: it starts in a new session (a fresh app page), not in this one's state.
const examples = document.querySelector<HTMLSelectElement>("#examples")!;
for (const [i, example] of EXAMPLES.entries()) examples.add(new Option(example.title, String(i)));
examples.addEventListener("change", () => {
  const example = EXAMPLES[Number(examples.value)];
  examples.value = "";
  if (example === undefined) return;
  app.restart(example.script);
  shown.replace(example.source);
});

const shared = document.querySelector<HTMLInputElement>("#share-url")!;
document.querySelector("#share")!.addEventListener("click", async () => {
  const url = await shareUrl(shown.source);
  history.replaceState(null, "", url);
  shared.value = url;
  shared.hidden = false;
  shared.select();
});
