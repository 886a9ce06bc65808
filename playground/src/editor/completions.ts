// Completion of the st API after `st.`: its functions by name, each with the calls the README
// shows (parameters and options) and its notes, from the element registry (completionsModule.ts).
import type { CompletionContext, CompletionResult } from "@codemirror/autocomplete";
import { ST_COMPLETIONS } from "virtual:rivulet-completions";

const options = ST_COMPLETIONS.map((entry) => ({
  label: entry.name,
  type: "function",
  detail: entry.section,
  info: () => {
    const box = document.createElement("div");
    box.className = "rv-completion";
    for (const call of entry.calls) box.append(Object.assign(document.createElement("code"), { textContent: call }));
    if (entry.notes !== null) box.append(Object.assign(document.createElement("p"), { textContent: entry.notes }));
    return box;
  },
}));

export function stCompletions(context: CompletionContext): CompletionResult | null {
  const before = context.matchBefore(/\bst\.\w*$/);
  if (before === null) return null;
  return { from: before.from + 3, options, validFor: /^\w*$/ };
}
