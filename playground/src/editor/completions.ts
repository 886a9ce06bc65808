// Completion of the st API: after `st.`, its functions by name, each with the calls the README
// shows (parameters and options) and its notes, from the element registry (completionsModule.ts);
// after `st.sidebar.` or a name the script bound to a container (`const c = st.container()`,
// `const [a, b] = st.columns(2)`, `for (const tab of st.tabs([...]))`), the container methods.
// Inside the options object of such a call, the names of its options. With no type checker in
// the page, a container is known by the call that made it.
import type { Completion, CompletionContext, CompletionResult } from "@codemirror/autocomplete";
import { syntaxTree } from "@codemirror/language";
import type { EditorState } from "@codemirror/state";
import { ST_COMPLETIONS } from "virtual:rivulet-completions";

const toOption = (entry: (typeof ST_COMPLETIONS)[number]): Completion => ({
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
});

const ST_OPTIONS = ST_COMPLETIONS.map(toOption);
const CONTAINER_OPTIONS = ST_COMPLETIONS.filter((entry) => entry.onContainers).map(toOption);
const MAKES_ONE = new Set(ST_COMPLETIONS.filter((entry) => entry.returns === "container").map((entry) => entry.name));
const MAKES_LIST = new Set(ST_COMPLETIONS.filter((entry) => entry.returns === "containers").map((entry) => entry.name));

/** Nodes of the syntax tree where a dot is not a member access. */
const NOT_CODE = new Set(["String", "TemplateString", "LineComment", "BlockComment", "RegExp"]);

export function stCompletions(context: CompletionContext): CompletionResult | null {
  if (NOT_CODE.has(syntaxTree(context.state).resolveInner(context.pos, -1).name)) return null;
  const before = context.matchBefore(/[A-Za-z_$][\w$]*(?:\.sidebar)?\.[\w$]*$/);
  if (before === null) return optionCompletions(context);
  const dot = before.text.lastIndexOf(".");
  const receiver = before.text.slice(0, dot);
  const from = before.from + dot + 1;
  if (receiver === "st") return { from, options: ST_OPTIONS, validFor: /^[\w$]*$/ };
  if (receiver === "st.sidebar" || containersIn(context.state, before.from).has(receiver)) return { from, options: CONTAINER_OPTIONS, validFor: /^[\w$]*$/ };
  return null;
}

const BY_NAME = new Map(ST_COMPLETIONS.map((entry) => [entry.name, entry]));

/**
 * Inside the options object of an st call (`st.slider("x", { mi|`), or a container's: the names
 * of its options not given yet, each with the call that shows it.
 */
function optionCompletions(context: CompletionContext): CompletionResult | null {
  const word = context.matchBefore(/[\w$]*$/)!;
  // A key's place: just after `{` or `,` (not a value after `:`).
  if (!/[{,]\s*$/.test(context.state.sliceDoc(Math.max(0, word.from - 200), word.from))) return null;
  let object = syntaxTree(context.state).resolveInner(context.pos, -1);
  while (object.name !== "ObjectExpression") {
    if (object.parent === null || object.name === "ArgList" || object.name === "Block") return null;
    object = object.parent;
  }
  const call = object.parent?.name === "ArgList" ? object.parent.parent : null;
  const callee = call?.firstChild;
  if (call?.name !== "CallExpression" || callee?.name !== "MemberExpression") return null;
  const calleeText = context.state.sliceDoc(callee.from, callee.to);
  const dot = calleeText.lastIndexOf(".");
  const receiver = calleeText.slice(0, dot).replace(/\s+/g, "");
  const entry = BY_NAME.get(calleeText.slice(dot + 1).trim());
  if (entry === undefined || entry.options.length === 0) return null;
  const onSt = receiver === "st" || ((receiver === "st.sidebar" || containersIn(context.state, callee.from).has(receiver)) && entry.onContainers);
  if (!onSt) return null;
  const objectText = context.state.sliceDoc(object.from, object.to);
  const given = new Set([...objectText.matchAll(/([A-Za-z_$][\w$]*)\s*:/g)].map((m) => m[1]!));
  const options = entry.options
    .filter((name) => !given.has(name))
    .map((name): Completion => ({ label: name, type: "property", detail: `option of st.${entry.name}`, info: entry.calls.join("\n") }));
  return { from: word.from, options, validFor: /^[\w$]*$/ };
}

const NAME = String.raw`[A-Za-z_$][\w$]*`;
const JUST_NAME = new RegExp(`^${NAME}$`);
/** `const c = st.expander("x")`, `const [a, b] = col.columns(2)`: the names, and the call's receiver and function. */
const DECLARED = new RegExp(String.raw`^(?:const|let|var)\s+(?:(${NAME})|\[([^\]]*)\])\s*=\s*(?:await\s+)?(${NAME}(?:\.sidebar)?)\.(${NAME})\s*\(`);
/** `for (const tab of st.tabs([...]))`. */
const ITERATED = new RegExp(String.raw`^(?:const|let|var)\s+(${NAME})\s+of\s+(${NAME}(?:\.sidebar)?)\.(${NAME})\s*\(`);

/** The names bound to containers before `upTo`, in the order the script binds them (a container's container is one too). */
function containersIn(state: EditorState, upTo: number): Set<string> {
  const containers = new Set<string>();
  const isContainer = (receiver: string) => receiver === "st" || receiver === "st.sidebar" || containers.has(receiver);
  syntaxTree(state).iterate({
    to: upTo,
    enter: (node) => {
      if (node.name !== "VariableDeclaration" && node.name !== "ForOfSpec") return;
      const text = state.sliceDoc(node.from, Math.min(node.to, node.from + 500));
      const declared = DECLARED.exec(text);
      if (declared !== null) {
        const [, one, list, receiver, made] = declared;
        if (!isContainer(receiver!)) return;
        if (one !== undefined && MAKES_ONE.has(made!)) containers.add(one);
        if (list !== undefined && MAKES_LIST.has(made!)) for (const name of list.split(",").map((n) => n.trim())) if (JUST_NAME.test(name)) containers.add(name);
        return;
      }
      const iterated = ITERATED.exec(text);
      if (iterated !== null && isContainer(iterated[2]!) && MAKES_LIST.has(iterated[3]!)) containers.add(iterated[1]!);
    },
  });
  return containers;
}
