// The editor page: CodeMirror beside the app's iframe. Every edit is compiled in a worker
// (compiler.ts); its diagnostics are underlined as they come, and a script that compiles goes
// to the app page, which reruns with it. The script opens from a shared link, else from the last
// visit, else the first example. An example's code came with the page: its app runs at once,
// and the editor and the compiler (the heavy parts) load once it has run.
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
/** The script, as the editor has it (the placeholder's text until CodeMirror is there). */
let source = (await scriptFromHash()) ?? savedScript() ?? EXAMPLES[0]!.source;
const built = EXAMPLES.find((example) => example.source === source)?.script;
if (built !== undefined) app.run(built);

// Until CodeMirror is there, the script shows as text: with an example's code at hand, the app's
// first run comes first (the machine's time goes to it), the editor right after.
const host = document.querySelector("#editor")!;
const placeholder = Object.assign(document.createElement("pre"), { className: "rv-placeholder", textContent: source });
host.append(placeholder);

function show(next: string): void {
  source = next;
  if (editor !== undefined) editor.replace(next);
  else placeholder.textContent = next;
}

// An example is another app: it starts in a new session (a fresh app page), not in this one's state.
const examples = document.querySelector<HTMLSelectElement>("#examples")!;
for (const [i, example] of EXAMPLES.entries()) examples.add(new Option(example.title, String(i)));
examples.addEventListener("change", () => {
  const example = EXAMPLES[Number(examples.value)];
  examples.value = "";
  if (example === undefined) return;
  app.restart(example.script);
  show(example.source);
});

const shared = document.querySelector<HTMLInputElement>("#share-url")!;
document.querySelector("#share")!.addEventListener("click", async () => {
  const url = await shareUrl(source);
  history.replaceState(null, "", url);
  shared.value = url;
  shared.hidden = false;
  shared.select();
});

if (built !== undefined) await Promise.race([app.firstRun(), new Promise((resolve) => setTimeout(resolve, 3000))]);
const [{ startEditor }, { Compiler }] = await Promise.all([import("./editor.ts"), import("./compiler.ts")]);
let saving: ReturnType<typeof setTimeout> | undefined;
let compiler: InstanceType<typeof Compiler> | null = null;

placeholder.remove();
editor = startEditor(host, source, (edited) => {
  source = edited;
  compiler?.compile(edited);
  clearTimeout(saving);
  saving = setTimeout(() => saveScript(edited), 300);
});
editor.underline(diagnostics, runErrors);

// The app's first run has not waited for the compiler's worker (~1 MB of Babel): it starts now.
compiler = new Compiler((reply) => {
  diagnostics = reply.diagnostics;
  editor?.underline(diagnostics, runErrors);
  document.body.dataset.compiled = String(reply.id);
  if (reply.script !== null) app.run(reply.script);
});
compiler.compile(source);
