// CodeMirror with TypeScript, the compiler's diagnostics underlined, and a listener for edits.
import { basicSetup, EditorView } from "codemirror";
import { javascript, javascriptLanguage } from "@codemirror/lang-javascript";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import { Compartment } from "@codemirror/state";
import { oneDark } from "@codemirror/theme-one-dark";
import type { Diagnostic } from "@rivulet/runtime";
import type { RunError } from "../messages.ts";
import { stCompletions } from "./completions.ts";
import { runErrorMarks, toEditor } from "./lint.ts";

export interface Editor {
  replace(source: string): void;
  /** The compiler's diagnostics and the last run's exceptions, underlined. */
  underline(diagnostics: readonly Diagnostic[], runErrors: readonly RunError[]): void;
}

/** The page follows the system's light or dark scheme, as the app's page does; so does the editor. */
const dark = matchMedia("(prefers-color-scheme: dark)");
const theme = new Compartment();
const themeFor = (isDark: boolean) => (isDark ? oneDark : []);

export function startEditor(parent: Element, doc: string, edited: (source: string) => void): Editor {
  const view = new EditorView({
    doc,
    parent,
    extensions: [
      basicSetup,
      javascript({ typescript: true }),
      javascriptLanguage.data.of({ autocomplete: stCompletions }),
      lintGutter(),
      theme.of(themeFor(dark.matches)),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) edited(update.state.doc.toString());
      }),
    ],
  });
  dark.addEventListener("change", (event) => view.dispatch({ effects: theme.reconfigure(themeFor(event.matches)) }));
  return {
    replace: (source) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: source } }),
    underline: (diagnostics, runErrors) =>
      view.dispatch(setDiagnostics(view.state, [...toEditor(diagnostics, view.state.doc), ...runErrorMarks(runErrors, view.state.doc)])),
  };
}
