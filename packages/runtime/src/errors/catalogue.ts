// The catalogue of Rivulet's diagnostics and run-time errors: the one place where codes,
// severities, messages, examples and fixes are written. The compiler's typed constructors
// (packages/compiler/src/diagnostics/constructors.ts), RivuletAPIError's messages
// (RivuletAPIError.ts) and docs/diagnostics.md (packages/compiler/src/diagnostics/docs.ts) are
// all derived from this table. A mistake the compiler can see and a run can also meet has one
// code for both, so the docs have one entry for it. Codes are stable: never rename one, add a
// new code instead. Pure data: the compiler and the runtime (in Node and in a Web Worker) read it.

/** Errors fail a build; warnings point at likely bugs; info notes a difference from Streamlit. */
export type Severity = "error" | "warning" | "info";

interface Documented {
  /** Why it matters, for the reference docs. */
  why: string;
  /** A script that produces this diagnostic, or raises this error when it runs. */
  example: string;
  /** How to fix it, in words. */
  fix: string;
  /** The example fixed: a near-miss that does not produce it. */
  fixed: string;
  /**
   * Why the code has no sample (and the docs show no example): no input is known to produce
   * it, or (for an error only a run meets) no script on its own raises it where a test sees it.
   */
  unsampled?: string;
}

/** A mistake the compiler reports from the source. */
export interface CheckEntry extends Documented {
  severity: Severity;
  /** One line; `%name%` marks a parameter, filled by the typed constructor. */
  message: string;
  /**
   * When a run meets the same mistake (where the compiler could not see it, or its report
   * was suppressed), the message of the RivuletAPIError it raises, in Streamlit's words.
   */
  raises?: string;
}

/** A mistake only a run can meet: the RivuletAPIError's message, in Streamlit's words. */
export interface RunEntry extends Documented {
  severity?: never;
  message?: never;
  raises: string;
}

export type CatalogueEntry = CheckEntry | RunEntry;

export const catalogue = {
  syntax_error: {
    severity: "error",
    message: "%reason%",
    why: "The script cannot be parsed as TypeScript, so it cannot be compiled or run.",
    example: `import * as st from "rivulet";\nst.header("Hello";\n`,
    fix: "Correct the syntax at the marked position.",
    fixed: `import * as st from "rivulet";\nst.header("Hello");\n`,
  },
  invalid_encoding: {
    severity: "error",
    message: "the file is not UTF-8: byte 0x%byte% here is not part of any character",
    why: "Scripts are read as UTF-8. A file saved in another encoding (Latin-1, Windows-1252) would have its accented letters replaced by U+FFFD and run with text its author did not write, so it is reported instead.",
    example: "(a file saved as Latin-1, with the byte 0xE9 for é: `st.text(\"caf\\xE9\")`)",
    fix: "Save the file as UTF-8 (every editor offers it).",
    fixed: `import * as st from "rivulet";\nst.text("café");\n`,
    unsampled: "a sample is a text file, which cannot hold a byte that is not UTF-8; tests/compiler/never-throws.test.ts compiles such bytes",
  },
  jsx_not_supported: {
    severity: "error",
    message: "JSX is not supported in app scripts: the page is written with st calls",
    why: "An app script describes its page with st calls, which Rivulet renders; there is no JSX runtime behind it, so JSX cannot be compiled or run.",
    example: `import * as st from "rivulet";\nconst title = <h1>Sales</h1>;\n`,
    fix: "Write the element with its st call (`st.title`, `st.markdown`, or `st.html` for markup).",
    fixed: `import * as st from "rivulet";\nst.title("Sales");\n`,
  },
  unsupported_syntax: {
    severity: "error",
    message: "%construct% is not supported in app scripts: %instead%",
    why: "An app script is compiled to an ES module. TypeScript's CommonJS forms (`import x = require(...)`, `export = x`) have no meaning there, and a namespace can export only constants, as Babel compiles namespaces.",
    example: `import * as st from "rivulet";\nimport fs = require("node:fs");\nst.text(String(fs.existsSync("data.csv")));\n`,
    fix: "Use the ES module form: `import fs from \"node:fs\"`, no `export =` (a script exports nothing), `export const` in a namespace.",
    fixed: `import * as st from "rivulet";\nimport fs from "node:fs";\nst.text(String(fs.existsSync("data.csv")));\n`,
  },
  nested_too_deeply: {
    severity: "error",
    message: "this code is nested too deeply for the compiler to check (%what%): split it into smaller functions or expressions",
    why: "Code nested thousands of levels deep (generated or minified code: long `+` chains, `else if` chains, nested calls) exhausts the stack of the compiler and of the libraries it uses. The file is reported rather than crashing the build, and the other files go on.",
    example: `import * as st from "rivulet";\nst.text(String(${"[".repeat(5000)}${"]".repeat(5000)}));\n`,
    fix: "Split the deep expression or block: name its parts, or build the value in a loop.",
    fixed: `import * as st from "rivulet";\nlet nested: unknown[] = [];\nfor (let i = 0; i < 5000; i++) nested = [nested];\nst.text(String(nested));\n`,
  },
  internal_error: {
    severity: "error",
    message: "the compiler failed on this file (%reason%): this is a Rivulet bug, please report it with the file",
    why: "A phase of the compiler threw on this file. The file is reported rather than crashing the build, and the other files go on. No known input causes it; each one found is fixed.",
    example: `import * as st from "rivulet";\nst.text("no known input makes the compiler fail");\n`,
    fix: "Report the file. Until it is fixed, the construct the message points at can often be written another way.",
    unsampled: "every input found to cause it has been fixed; tests/compiler/never-throws.test.ts makes the transform throw (through the import rewriter it is given) to check that it is reported",
    fixed: `import * as st from "rivulet";\nst.text("no known input makes the compiler fail");\n`,
  },
  invalid_rerun_scope: {
    severity: "error",
    message: `"%scope%" is not a rerun scope: use "app" or "fragment"`,
    raises: `"%scope%" is not a valid rerun scope. Valid scopes are "app" and "fragment".`,
    why: "`st.rerun` accepts only the scopes \"app\" and \"fragment\"; any other value raises RivuletAPIError when the call runs.",
    example: `import * as st from "rivulet";\nif (st.button("Reload")) st.rerun({ scope: "page" });\n`,
    fix: 'Pass `scope: "app"` (the default) or, inside a fragment, `scope: "fragment"`.',
    fixed: `import * as st from "rivulet";\nif (st.button("Reload")) st.rerun({ scope: "app" });\n`,
  },
  rerun_scope_fragment_outside_fragment: {
    severity: "error",
    message: `st.rerun({ scope: "fragment" }) is only allowed inside a fragment function (a function passed to st.fragment)`,
    raises: `st.rerun({ scope: "fragment" }) can only be called from a fragment function during a fragment rerun.`,
    why: "A fragment-scoped rerun reruns the fragment that is running. Top-level code, outside every function, never runs inside a fragment, so the call raises RivuletAPIError whenever it runs. (In a function that is not a fragment, `rerun_scope_fragment_in_helper` warns instead.)",
    example: `import * as st from "rivulet";\nif (st.button("Refresh")) st.rerun({ scope: "fragment" });\n`,
    fix: 'Move the call into the function passed to `st.fragment`, or drop `scope: "fragment"` to rerun the whole app.',
    fixed: `import * as st from "rivulet";\nst.fragment(() => {\n  if (st.button("Refresh")) st.rerun({ scope: "fragment" });\n})();\n`,
  },
  rerun_scope_fragment_in_helper: {
    severity: "warning",
    message: `st.rerun({ scope: "fragment" }) in a function that is not a fragment: it raises unless the function is called from a fragment during that fragment's rerun`,
    why: "A fragment-scoped rerun reruns the fragment that is running, and only a fragment rerun has one. A helper called from outside any fragment (or passed on, so that the compiler cannot see where it is called) raises RivuletAPIError there. A helper the script calls only from fragment functions, directly or through other such helpers, is fine and is not reported.",
    example: `import * as st from "rivulet";\nfunction refresh() {\n  st.rerun({ scope: "fragment" });\n}\nconst panel = st.fragment(() => {\n  if (st.button("Refresh")) refresh();\n});\npanel();\nif (st.button("Refresh all")) refresh();\n`,
    fix: "Write the call in the fragment function itself, or make the helper the fragment (`st.fragment(helper)`).",
    fixed: `import * as st from "rivulet";\nconst panel = st.fragment(() => {\n  if (st.button("Refresh")) st.rerun({ scope: "fragment" });\n});\npanel();\n`,
  },
  rerun_unconditional: {
    severity: "error",
    message: "st.rerun() is reached on every run, so the app would rerun forever",
    why: "Every run reaches this call and immediately starts the next run: the app never settles and keeps the server busy.",
    example: `import * as st from "rivulet";\nst.header("Counter");\nst.rerun();\n`,
    fix: "Put the rerun behind a condition that changes, such as a button click or a session-state flag.",
    fixed: `import * as st from "rivulet";\nst.header("Counter");\nif (st.button("x")) st.rerun();\n`,
  },
  rerun_in_callback: {
    severity: "warning",
    message: "st.rerun() in a widget callback (%callback%) does nothing: the app reruns after every callback anyway",
    why: "Callbacks run before the script reruns, so a rerun requested inside one is a no-op (as in Streamlit).",
    example: `import * as st from "rivulet";\nst.button("Reset", {\n  onClick: () => {\n    st.sessionState.count = 0;\n    st.rerun();\n  },\n});\n`,
    fix: "Remove the `st.rerun()` from the callback; the script reruns after the callback on its own.",
    fixed: `import * as st from "rivulet";\nif (st.button("Reset")) {\n  st.sessionState.count = 0;\n  st.rerun();\n}\n`,
  },
  unknown_ignore_code: {
    severity: "warning",
    message: `"%code%" is not a diagnostic code; did you mean "%suggestion%"?`,
    why: "A `// rivulet-ignore` comment with a misspelt code silences nothing.",
    example: `import * as st from "rivulet";\n// rivulet-ignore rerun_unconditionnal\nst.rerun();\n`,
    fix: "Use a code from this page (the closest one is suggested).",
    fixed: `import * as st from "rivulet";\n// rivulet-ignore rerun_unconditional\nst.rerun();\n`,
  },
  button_in_form: {
    severity: "error",
    message: "st.%method%() can't be used in a form: a form's only button is its st.formSubmitButton()",
    raises: "`st.%method%()` can't be used in an `st.form()`: a form's only button is `st.formSubmitButton()`.",
    why: "Widgets in a form send their values only when the form is submitted, so a button inside it could never act on its own. The call raises RivuletAPIError when it runs (Streamlit: StreamlitAPIException).",
    example: `import * as st from "rivulet";\nconst form = st.form("settings");\nform.with(() => {\n  st.slider("Volume");\n  st.button("Preview");\n  st.formSubmitButton("Save");\n});\n`,
    fix: "Move the button out of the form, or make it the form's `st.formSubmitButton`.",
    fixed: `import * as st from "rivulet";\nconst form = st.form("settings");\nform.with(() => {\n  st.slider("Volume");\n  st.formSubmitButton("Save");\n});\nst.button("Preview");\n`,
  },
  callback_in_form: {
    severity: "error",
    message: "%option% on st.%method%() in a form: with forms, callbacks can only be defined on st.formSubmitButton()",
    raises: "With forms, callbacks can only be defined on the `st.formSubmitButton`. Defining callbacks on other widgets inside a form is not allowed.",
    why: "A widget in a form does not send its value until the form is submitted, so a callback on it could never run when the widget changes. The call raises RivuletAPIError when it runs (Streamlit: StreamlitAPIException).",
    example: `import * as st from "rivulet";\nconst form = st.form("filters");\nform.textInput("Search", { onChange: () => (st.sessionState.changed = true) });\nform.formSubmitButton("Apply");\n`,
    fix: "Move the callback to the submit button (`st.formSubmitButton(label, { onClick })`); it runs on submit, when every value of the form is new.",
    fixed: `import * as st from "rivulet";\nconst form = st.form("filters");\nform.textInput("Search");\nform.formSubmitButton("Apply", { onClick: () => (st.sessionState.changed = true) });\n`,
  },
  submit_button_outside_form: {
    severity: "error",
    message: "st.formSubmitButton() must be used inside a form (st.form)",
    raises: "`st.formSubmitButton()` must be used inside an `st.form()`.",
    why: "A submit button submits the form it is in; outside a form there is nothing to submit. The call raises RivuletAPIError when it runs (Streamlit: StreamlitAPIException). In a function, where the button goes depends on the caller, so only calls whose place the file shows are reported.",
    example: `import * as st from "rivulet";\nst.textInput("User");\nst.formSubmitButton("Log in");\n`,
    fix: "Put the button in the form (`form.formSubmitButton(label)`, or `st.formSubmitButton(label)` inside `form.with(() => ...)`), or use `st.button` outside forms.",
    fixed: `import * as st from "rivulet";\nconst form = st.form("login");\nform.textInput("User");\nform.formSubmitButton("Log in");\n`,
  },
  nested_form: {
    severity: "error",
    message: "forms cannot be nested in other forms (this one is in the form of line %line%)",
    raises: "Forms cannot be nested in other forms.",
    why: "A form holds back its widgets' values until its submit button is pressed; a form inside another would make two submit buttons for the same widgets. The call raises RivuletAPIError when it runs (Streamlit: StreamlitAPIException).",
    example: `import * as st from "rivulet";\nconst order = st.form("order");\norder.textInput("Name");\nconst address = order.form("address");\naddress.textInput("Street");\naddress.formSubmitButton("Save address");\norder.formSubmitButton("Order");\n`,
    fix: "Create the forms one after the other (or side by side in columns), each with its own submit button.",
    fixed: `import * as st from "rivulet";\nconst order = st.form("order");\norder.textInput("Name");\norder.formSubmitButton("Order");\nconst address = st.form("address");\naddress.textInput("Street");\naddress.formSubmitButton("Save address");\n`,
  },
  form_without_submit_button: {
    severity: "error",
    message: "the form %form% has no st.formSubmitButton(): it can never be submitted",
    why: 'Widgets in a form send their values only when its submit button is pressed: without one, the form never submits, and a "Missing Submit Button" error is shown in it at run time (as in Streamlit). Reported only when the file shows the whole form: every use of it, and no call of code that could add the button unseen.',
    example: `import * as st from "rivulet";\nconst form = st.form("feedback");\nform.with(() => {\n  st.textInput("Comment");\n  st.slider("Rating", { minValue: 1, maxValue: 5 });\n});\n`,
    fix: "Add `st.formSubmitButton(label)` inside the form.",
    fixed: `import * as st from "rivulet";\nconst form = st.form("feedback");\nform.with(() => {\n  st.textInput("Comment");\n  st.slider("Rating", { minValue: 1, maxValue: 5 });\n  st.formSubmitButton("Send");\n});\n`,
  },
  duplicate_widget_key: {
    severity: "error",
    message: `the widget of line %line% has the key "%key%" too, and both are created in the same run: keys must be unique`,
    raises: `There are multiple elements with the same key "%key%". To fix this, please make sure that the key argument is unique for each element you create.`,
    why: 'A key names a widget and its state (`st.sessionState[key]`), so two widgets of one run cannot share it: the run raises RivuletAPIError ("There are multiple elements with the same key") at the second. Reported when both are created in straight-line code; widgets in exclusive branches (if/else) may share a key.',
    example: `import * as st from "rivulet";\nst.textInput("First name", { key: "name" });\nst.textInput("Last name", { key: "name" });\n`,
    fix: "Give each widget its own key, or none: Rivulet identifies widgets without keys.",
    fixed: `import * as st from "rivulet";\nst.textInput("First name", { key: "first" });\nst.textInput("Last name", { key: "last" });\n`,
  },
  duplicate_form_key: {
    severity: "error",
    message: `the form of line %line% has the key "%key%" too, and both are created in the same run: form keys must be unique`,
    raises: "There are multiple identical forms with `key='%key%'`.\n\nTo fix this, please make sure that the `key` argument is unique for each `st.form` you create.",
    why: 'A form is known by its key (its widgets are sent together under it), so two forms of one run cannot share one: the run raises RivuletAPIError ("There are multiple identical forms with `key=\'checkout\'`") at the second, as in Streamlit. Reported when both are created in straight-line code; forms in exclusive branches (if/else) may share a key.',
    example: `import * as st from "rivulet";\nconst billing = st.form("address");\nbilling.textInput("Billing street");\nbilling.formSubmitButton("Save");\nconst shipping = st.form("address");\nshipping.textInput("Shipping street");\nshipping.formSubmitButton("Save");\n`,
    fix: "Give each form its own key.",
    fixed: `import * as st from "rivulet";\nconst billing = st.form("billing");\nbilling.textInput("Billing street");\nbilling.formSubmitButton("Save");\nconst shipping = st.form("shipping");\nshipping.textInput("Shipping street");\nshipping.formSubmitButton("Save");\n`,
  },
  widget_state_set_after_widget: {
    severity: "error",
    message: `st.sessionState.%key% cannot be modified after the %what% with key "%key%" is created (line %line%)`,
    raises: `st.sessionState.%key% cannot be modified after the %what% with key "%key%" is instantiated.`,
    why: "A widget's value is settled when the widget is created; changing its state later in the same run would leave the page and the script disagreeing. A form's key is refused the same way. The assignment raises RivuletAPIError when it runs (Streamlit: StreamlitAPIException).",
    example: `import * as st from "rivulet";\nst.slider("Volume", { key: "volume" });\nst.sessionState.volume = 5;\n`,
    fix: "Set the state before the widget is created (earlier in the script, or in a callback), or give the widget a `value`.",
    fixed: `import * as st from "rivulet";\nif (!("volume" in st.sessionState)) st.sessionState.volume = 5;\nst.slider("Volume", { key: "volume" });\n`,
  },
  widget_value_not_settable: {
    severity: "error",
    message: `st.sessionState.%key% is set on line %line%, but the value of st.%method%() (key "%key%") cannot be set through session state`,
    raises: `Values for the widget with key "%key%" cannot be set using st.sessionState.`,
    why: "A button's value is its click, a chat input's its submitted text: true, or the text, for the one run the user caused, so session state cannot give them one. When the key was set in session state before the widget is created, the widget raises RivuletAPIError (\"Values for the widget with key \"go\" cannot be set using st.sessionState\"), as Streamlit does for its buttons, chat input, file uploader and data editor. Reported when the assignment runs before the widget in straight-line code.",
    example: `import * as st from "rivulet";\nst.sessionState.go = true;\nif (st.button("Go", { key: "go" })) st.write("Going");\n`,
    fix: "Keep the state under another key (`st.sessionState.started = true`) and read it beside the button's value.",
    fixed: `import * as st from "rivulet";\nif (!("started" in st.sessionState)) st.sessionState.started = false;\nif (st.button("Go", { key: "go" })) st.sessionState.started = true;\nif (st.sessionState.started) st.write("Going");\n`,
  },
  widget_outside_fragment: {
    severity: "error",
    message: "st.%method%() in a fragment writes a widget into %container%, outside the fragment: fragments cannot write widgets to outside containers",
    raises: "Fragments cannot write widgets to outside containers.",
    why: "A fragment rerun redraws only the fragment's own block; a widget it put elsewhere could be neither redrawn nor kept. The call raises RivuletAPIError when it runs (as in Streamlit). Elements that are not widgets may be written outside; they accumulate.",
    example: `import * as st from "rivulet";\nconst [left, right] = st.columns(2);\nconst filters = st.fragment(() => {\n  left.slider("Price");\n  right.write("Results");\n});\nfilters();\n`,
    fix: "Call the fragment inside the container (`left.with(() => filters())`) and write the widget with `st.*`, or create the container inside the fragment.",
    fixed: `import * as st from "rivulet";\nconst [left, right] = st.columns(2);\nconst filters = st.fragment(() => {\n  st.slider("Price");\n  right.write("Results");\n});\nleft.with(() => filters());\n`,
  },
  control_signal_in_try: {
    severity: "info",
    message: "st.%method%() in a try whose catch (line %line%) catches everything: Streamlit would swallow it there; in Rivulet it passes through the catch",
    why: "In Streamlit, `st.stop()` and `st.rerun()` raise exceptions that a bare `except:` swallows, so the stop or rerun silently does not happen. Rivulet's control signals cannot be caught: the catch never sees them and the code works as written. A note for readers and for ports of Streamlit apps; nothing needs to change.",
    example: `import * as st from "rivulet";\ntry {\n  if (st.button("Reset")) st.rerun();\n} catch (error) {\n  st.error(String(error));\n}\n`,
    fix: "Nothing is required. To make the intent plain, call it outside the `try`, or rethrow in the catch what it does not handle.",
    fixed: `import * as st from "rivulet";\nif (st.button("Reset")) st.rerun();\ntry {\n  JSON.parse("{}");\n} catch (error) {\n  st.error(String(error));\n}\n`,
  },
  dialog_opened_twice: {
    severity: "error",
    message: "a dialog is already opened in this run (line %line%): only one dialog can be open at a time",
    raises: "Only one dialog is allowed to be opened at the same time. Please make sure to not call a dialog function more than once in a script run.",
    why: 'A page shows one modal dialog at a time: opening a second in the same run raises RivuletAPIError ("Only one dialog is allowed to be opened at the same time"), as in Streamlit. Reported when both are opened in straight-line code.',
    example: `import * as st from "rivulet";\nconst confirm = st.dialog("Confirm", (item: string) => {\n  st.write(\`Delete \${item}?\`);\n});\nconfirm("a.txt");\nconfirm("b.txt");\n`,
    fix: "Open at most one dialog per run, for example each behind the button that asks for it.",
    fixed: `import * as st from "rivulet";\nconst confirm = st.dialog("Confirm", (item: string) => {\n  st.write(\`Delete \${item}?\`);\n});\nif (st.button("Delete a")) confirm("a.txt");\nelse if (st.button("Delete b")) confirm("b.txt");\n`,
  },
  nested_dialog: {
    severity: "error",
    message: "a dialog is opened from the function of the dialog of line %line%: dialogs may not be nested inside other dialogs",
    raises: "Dialogs may not be nested inside other dialogs.",
    why: 'A page shows one modal dialog at a time, and a dialog opened from another\'s function would be drawn inside it: the call raises RivuletAPIError ("Dialogs may not be nested inside other dialogs"), as in Streamlit. Reported when the call is in the dialog\'s function itself.',
    example: `import * as st from "rivulet";\nconst confirm = st.dialog("Sure?", () => {\n  if (st.button("Yes")) st.rerun();\n});\nconst remove = st.dialog("Delete", () => {\n  st.write("This cannot be undone.");\n  confirm();\n});\nif (st.button("Delete")) remove();\n`,
    fix: "Ask inside the one dialog (its own buttons), or open the second dialog from the script after the first is closed.",
    fixed: `import * as st from "rivulet";\nconst remove = st.dialog("Delete", () => {\n  st.write("This cannot be undone.");\n  if (st.button("Yes, delete")) st.rerun();\n});\nif (st.button("Delete")) remove();\n`,
  },
  empty_dialog_title: {
    severity: "error",
    message: "a dialog needs a title: this one is empty",
    raises: 'A non-empty `title` argument has to be provided for dialogs, for example `st.dialog("Example Title", fn)`.',
    why: 'A dialog\'s title is its heading and its identity on the page. An empty one raises RivuletAPIError ("A non-empty `title` argument has to be provided for dialogs") when st.dialog runs, as in Streamlit. Reported when the title is written as an empty string.',
    example: `import * as st from "rivulet";\nconst info = st.dialog("", () => st.write("Saved."));\nif (st.button("Info")) info();\n`,
    fix: "Give the dialog a title.",
    fixed: `import * as st from "rivulet";\nconst info = st.dialog("Saved", () => st.write("Saved."));\nif (st.button("Info")) info();\n`,
  },
  invalid_run_every: {
    severity: "error",
    message: `"%value%" is not a valid runEvery: give seconds (a positive number) or a duration such as "2s"`,
    raises: `"%value%" is not a valid runEvery: give seconds (a positive number) or a duration such as "2s".`,
    why: 'A fragment reruns on a timer every `runEvery`: seconds as a positive number, or a duration string, a number and a unit among ms, s, m, h, d ("500ms", "2s", "1.5m"; no unit means seconds). Any other value raises RivuletAPIError when the fragment is created.',
    example: `import * as st from "rivulet";\nconst clock = st.fragment(() => st.write(new Date().toISOString()), { runEvery: "2 parsecs" });\nclock();\n`,
    fix: 'Write a positive number of seconds (`2`) or a duration such as `"2s"`.',
    fixed: `import * as st from "rivulet";\nconst clock = st.fragment(() => st.write(new Date().toISOString()), { runEvery: "2s" });\nclock();\n`,
  },
  option_index_out_of_range: {
    severity: "error",
    message: "index %index% is out of range for st.%method%(): its options are numbered 0 to %last%",
    raises: "%widget% index must be greater than or equal to 0 and less than the length of options (%count%); got %index%.",
    why: 'The `index` of st.selectbox and st.radio chooses the option they start with, counted from 0. One past the options, or below 0, raises RivuletAPIError when the call runs (Streamlit: "Selectbox index must be greater than or equal to 0 and less than the length of options"). Reported when both the index and the array of options are literals.',
    example: `import * as st from "rivulet";\nconst size = st.selectbox("Size", ["S", "M", "L"], { index: 3 });\n`,
    fix: "Count options from 0: the last of n options is `index: n - 1`. Pass `index: null` to start with none chosen.",
    fixed: `import * as st from "rivulet";\nconst size = st.selectbox("Size", ["S", "M", "L"], { index: 2 });\n`,
  },
  default_not_an_option: {
    severity: "error",
    message: "the default '%value%' is not one of the options of st.%method%()",
    raises: "The default value %value% is not part of the options. Please make sure that every default values also exists in the options.",
    why: 'A widget\'s default must be one of its options (compared as the runtime compares them: the same value); any other raises RivuletAPIError when the call runs (Streamlit: "The default value \'green\' is not part of the options"). Reported when the options are an array of literals and the default a literal.',
    example: `import * as st from "rivulet";\nconst colors = st.multiselect("Colors", ["red", "blue"], { default: ["blue", "green"] });\n`,
    fix: "Give as default only values from the options, spelled and typed the same (`1` is not `\"1\"`).",
    fixed: `import * as st from "rivulet";\nconst colors = st.multiselect("Colors", ["red", "blue", "green"], { default: ["blue", "green"] });\n`,
  },
  max_selections_exceeded: {
    severity: "error",
    message: "st.multiselect() selects %count% options by default, but its maxSelections is %max%",
    raises: "Multiselect has %count% selected but `maxSelections` is set to %max%. This happened because you either gave too many options to `default` or you manipulated the widget's state through `st.sessionState`. Note that the latter can happen before the line indicated in the traceback. Please select at most %most%.",
    why: 'A multiselect takes at most `maxSelections` options, its default included: a longer default raises RivuletAPIError when the call runs (Streamlit: "Multiselect has 3 options selected but `max_selections` is set to 2"). Reported when the default is an array literal and `maxSelections` a number literal.',
    example: `import * as st from "rivulet";\nconst toppings = ["cheese", "ham", "olives"];\nst.multiselect("Toppings", toppings, { default: ["cheese", "ham", "olives"], maxSelections: 2 });\n`,
    fix: "Shorten the default to `maxSelections` options, or raise `maxSelections`.",
    fixed: `import * as st from "rivulet";\nconst toppings = ["cheese", "ham", "olives"];\nst.multiselect("Toppings", toppings, { default: ["cheese", "ham"], maxSelections: 2 });\n`,
  },
  value_out_of_range: {
    severity: "error",
    message: "st.numberInput()'s %value% is %side% its %bound% %limit%",
    raises: "The `value` %value% is %side% the `%bound%` %limit%.",
    why: 'A number input starts at its `value` (by default its `minValue`, or 0 without one), which must lie between `minValue` and `maxValue`; outside them the call raises RivuletAPIError when it runs (Streamlit: "The `value` 150 is greater than the `max_value` 120"). So do bounds the wrong way round, whose default value is then past `maxValue`. Reported when the numbers are literals. (A slider widens its range to take its value instead.)',
    example: `import * as st from "rivulet";\nconst age = st.numberInput("Age", { minValue: 0, maxValue: 120, value: 150 });\n`,
    fix: "Give a value within the bounds, or bounds that hold it (`minValue` ≤ `value` ≤ `maxValue`).",
    fixed: `import * as st from "rivulet";\nconst age = st.numberInput("Age", { minValue: 0, maxValue: 120, value: 30 });\n`,
  },
  empty_slider_range: {
    severity: "error",
    message: "st.slider()'s range is empty (%range%): its minValue must be less than its maxValue",
    raises: "Slider `minValue` must be less than the `maxValue`.\nThe values were %min% and %max%.",
    why: 'A slider needs a range to slide over. Bounds the wrong way round are swapped and a value outside them widens them, as in Streamlit, but when `minValue`, `maxValue` and the value all come to one number the call raises RivuletAPIError when it runs (Streamlit: "Slider `min_value` must be less than the `max_value`"). Remember the defaults: `maxValue` is 100 (1 with a fractional number), `minValue` 0. Reported when every number is a literal.',
    example: `import * as st from "rivulet";\nconst year = st.slider("Year", { minValue: 100 });\n`,
    fix: "Give a `maxValue` above `minValue` (or a value that differs from them).",
    fixed: `import * as st from "rivulet";\nconst year = st.slider("Year", { minValue: 100, maxValue: 200 });\n`,
  },
  invalid_label_visibility: {
    severity: "error",
    message: `'%value%' is not a labelVisibility of st.%method%(): use "visible", "hidden" or "collapsed"`,
    raises: "Unsupported labelVisibility option '%value%'. Valid values are 'visible', 'hidden' or 'collapsed'.",
    why: 'A widget\'s label (and st.metric\'s) is "visible" (the default), "hidden" (its space kept) or "collapsed" (no space); any other value raises RivuletAPIError when the call runs (Streamlit: "Unsupported label_visibility option"). Reported when the value is a literal.',
    example: `import * as st from "rivulet";\nconst name = st.textInput("Name", { labelVisibility: "none" });\n`,
    fix: 'Use "hidden" to hide the label and keep its space, or "collapsed" to remove both.',
    fixed: `import * as st from "rivulet";\nconst name = st.textInput("Name", { labelVisibility: "collapsed" });\n`,
  },
  // Errors only a run meets: what the compiler cannot see in the source.
  invalid_option: {
    raises: "st.%api%: `%option%` should be %expected%, not %got%.",
    why: "Each st call checks its arguments when it runs, as Streamlit does, and raises rather than draw something the script did not mean: a value of the wrong type, a choice it does not know, a number outside what it takes, an empty label. The compiler reports the common cases where the arguments are literals (the codes above); this is every other case.",
    example: `import * as st from "rivulet";\nconst sizes: string[] = [];\nst.columns(sizes.length);\n`,
    fix: "Give the argument a value of the kind the message names (docs: the call's reference).",
    fixed: `import * as st from "rivulet";\nconst sizes: string[] = ["S", "M"];\nst.columns(Math.max(1, sizes.length));\n`,
  },
  invalid_state_value: {
    raises: "st.%api%(\"%label%\") takes %expected%; st.sessionState.%key% holds %got%.",
    why: "A widget with a key shows the value session state holds for that key. A value it cannot take (text for a number input, a colour that is not a hex code) would leave the widget showing one thing while the script reads another, so the widget's call raises, as in Streamlit.",
    example: `import * as st from "rivulet";\nst.sessionState.age = "thirty";\nst.numberInput("Age", { key: "age" });\n`,
    fix: "Set the key to a value of the widget's kind (a number for st.numberInput, an option for st.selectbox).",
    fixed: `import * as st from "rivulet";\nst.sessionState.age = 30;\nst.numberInput("Age", { key: "age" });\n`,
  },
  outside_script_run: {
    raises: "st.%api%() was called outside a script run (from a timer or a promise the script did not await?). st functions work only while the script or a callback runs.",
    why: "st calls write into the run that makes them. A call from a timer, or from a promise the script did not await, comes after its run ended; Streamlit warns (\"missing ScriptRunContext\") and drops it, Rivulet raises so the call is not silently lost. The server keeps such an error from stopping it.",
    example: `import * as st from "rivulet";\nsetTimeout(() => st.text("Loaded"), 10);\n`,
    fix: "Await the work in the script and write after it: `await sleep(10); st.text(\"Loaded\")`, or keep it in session state and rerun.",
    fixed: `import * as st from "rivulet";\nawait new Promise((resolve) => setTimeout(resolve, 10));\nst.text("Loaded");\n`,
    unsampled: "the call comes after the run, so no page shows it; tests/runtime/catalogue-raises.test.ts makes one",
  },
  stale_element_handle: {
    raises: "This element's handle belongs to an earlier run: an element can be replaced through its handle only in the run that wrote it.",
    why: "An element's handle (what st.text, st.markdown and the other element calls return) stands for the element in the run that wrote it. The next run writes the page anew, so a handle kept from an earlier run (in session state, say) points at nothing.",
    example: `import * as st from "rivulet";\nif (!("note" in st.sessionState)) {\n  st.sessionState.note = st.text("Loading");\n  st.rerun();\n}\nst.sessionState.note.text("Loaded");\n`,
    fix: "Make the handle in the run that uses it; keep the value in session state, not the handle.",
    fixed: `import * as st from "rivulet";\nconst note = st.text("Loading");\nnote.text("Loaded");\n`,
  },
  foreign_container: {
    raises: "This container belongs to another session.",
    why: "A container is a place on one session's page. One from another session (kept in a module-level variable that every session shares) is not on this page.",
    example: `import * as st from "rivulet";\nst.text("one session cannot reach another's containers alone");\n`,
    fix: "Make containers in the run that writes into them; share data between sessions, not containers.",
    fixed: `import * as st from "rivulet";\nst.text("one session cannot reach another's containers alone");\n`,
    unsampled: "it takes two sessions sharing a value; tests/runtime/catalogue-raises.test.ts makes one",
  },
  handle_not_a_container: {
    raises: "An element's handle is not a container: replace the element with its methods (`slot.text(...)`), or write into `st.empty()`.",
    why: "The handle of an element (st.text's, st.markdown's) replaces that one element; it does not hold others, so `with` or a container method on it has nowhere to write.",
    example: `import * as st from "rivulet";\nconst note = st.text("Loading");\nnote.with(() => st.text("Loaded"));\n`,
    fix: "Replace the element through its handle (`note.text(\"Loaded\")`), or make a container (`st.container()`, `st.empty()`).",
    fixed: `import * as st from "rivulet";\nconst note = st.text("Loading");\nnote.text("Loaded");\n`,
  },
  write_replaces_one: {
    raises: "Cannot replace a single element with multiple elements.\n\nThe `write()` method only supports multiple elements when inserting elements rather than replacing. That is the case when `write()` is called on an `st.empty()` or on an element's handle.",
    why: "A handle and st.empty() hold one element; st.write of several values writes several elements, which cannot all take that one place (Streamlit's rule).",
    example: `import * as st from "rivulet";\nconst slot = st.empty();\nslot.write("Total:", 42);\n`,
    fix: "Write one value (`slot.write(`Total: ${42}`)`), or write into a container (`st.container().write(...)`).",
    fixed: `import * as st from "rivulet";\nconst slot = st.empty();\nslot.write(\`Total: \${42}\`);\n`,
  },
  async_callback: {
    raises: "A widget callback returned a promise: callbacks run before the script and cannot await. Keep the callback synchronous and do the async work in the script.",
    why: "A widget's callback runs before the rerun it causes, and the rerun starts when it returns. An async callback returns at its first await, so its work would land in no run.",
    example: `import * as st from "rivulet";\nst.button("Save", { onClick: async () => { await Promise.resolve(); st.sessionState.saved = true; } });\n`,
    fix: "Set session state in the callback, and do the async work in the script when the state says so.",
    fixed: `import * as st from "rivulet";\nst.button("Save", { onClick: () => { st.sessionState.saved = true; } });\n`,
  },
  rerun_loop: {
    raises: "st.rerun() was called %count% times in a row with no user input in between; Rivulet stopped rerunning so the app does not loop forever.",
    why: "A script whose every run calls st.rerun() never settles: Streamlit spins until the browser tab is closed. Rivulet stops after that many reruns without a user's input and shows this error, so a loop in development costs nothing (rerun_unconditional reports the plain case at build time).",
    example: `import * as st from "rivulet";\nconst count = (st.sessionState.count ?? 0) + 1;\nst.sessionState.count = count;\nif (count > 0) st.rerun();\n`,
    fix: "Rerun only when something changed, and change what the condition reads: `if (!st.sessionState.loaded) { st.sessionState.loaded = true; st.rerun(); }`.",
    fixed: `import * as st from "rivulet";\nif (!st.sessionState.loaded) {\n  st.sessionState.loaded = true;\n  st.rerun();\n}\n`,
  },
  query_param_object: {
    raises: "You cannot set a query params key `%key%` to an object (a dictionary).",
    why: "A query parameter is text in the page's URL: a string, or a list of strings for a repeated key. An object has no place there (Streamlit refuses a dict the same way).",
    example: `import * as st from "rivulet";\nst.queryParams.filter = { region: "north" };\n`,
    fix: "Give each value its own key (`st.queryParams.region = \"north\"`), or encode it (`JSON.stringify`).",
    fixed: `import * as st from "rivulet";\nst.queryParams.region = "north";\n`,
  },
  chat_input_in_form: {
    raises: "`st.chatInput()` can't be used in a `st.form()`.",
    why: "A chat input sends its message itself, with its own button; a form would hold it back until its submit button, which a chat cannot wait for (Streamlit's rule).",
    example: `import * as st from "rivulet";\nconst chat = st.form("chat");\nchat.chatInput("Say something");\nchat.formSubmitButton("Send");\n`,
    fix: "Put the chat input outside the form (at the bottom of the page, where it pins itself).",
    fixed: `import * as st from "rivulet";\nst.chatInput("Say something");\n`,
  },
  echo_without_source: {
    raises: "st.echo cannot show this code: the compiler passes it the source of the function written in the call (st.echo(() => { … })), and this call is not in the app's script or is given a function from elsewhere.",
    why: "st.echo shows the code it runs. The compiler gives it the source of the function written in its call; a function defined elsewhere, or a call from a module the compiler did not compile, has no source to show.",
    example: `import * as st from "rivulet";\nconst show = () => st.text("Hello");\nconst echo: (body: () => void) => void = st.echo;\necho(show);\n`,
    fix: "Write the function in the call: `st.echo(() => { … })`.",
    fixed: `import * as st from "rivulet";\nst.echo(() => {\n  st.text("Hello");\n});\n`,
  },
  cached_widget: {
    severity: "warning",
    message: "st.%method%() in the cached function %fn% runs only when the cache misses: its value cannot be relied on; move the widget out of the function",
    why: "A cache hit does not run the function: it writes again the elements the function wrote, but the widget is not made, so its value does not reach the script. Streamlit shows a CachedWidgetWarning where it is made; Rivulet shows the same warning on the page, and reports it at build time.",
    example: `import * as st from "rivulet";\nconst pick = st.cacheData(() => st.checkbox("Include archived"));\nst.write(pick());\n`,
    fix: "Make the widget outside the cached function and pass its value in as an argument.",
    fixed: `import * as st from "rivulet";\nconst pick = st.cacheData((archived: boolean) => (archived ? "all" : "recent"));\nst.write(pick(st.checkbox("Include archived")));\n`,
  },
  missing_secret: {
    raises: 'st.secrets has no key "%key%". Did you forget to add it to %files%? Read it with st.secrets.get("%key%", fallback) when it may be absent.',
    why: "A secret the app reads is not in its secrets files, so the app would go on with nothing where a password or a key should be. Streamlit raises KeyError (or AttributeError) naming the key.",
    example: `import * as st from "rivulet";\nst.text(st.secrets.api_key);\n`,
    fix: "Add the key to `.rivulet/secrets.toml` (in the project, or `~/.rivulet/secrets.toml` for every project), or read it with `st.secrets.get(key, fallback)` when it may be absent.",
    fixed: `import * as st from "rivulet";\nst.text(st.secrets.get("api_key", "no key yet"));\n`,
  },
  no_secrets: {
    raises: "No secrets found. Valid paths for a secrets.toml file are: %files%",
    why: "The app reads st.secrets, but no secrets file exists where Rivulet looks (Streamlit raises FileNotFoundError with this message).",
    example: `import * as st from "rivulet";\nst.text(st.secrets.api_key);\n`,
    fix: "Create `.rivulet/secrets.toml` in the project (it is never served to browsers; keep it out of version control).",
    fixed: `import * as st from "rivulet";\nst.text("no secrets read");\n`,
    unsampled: "Raised only when no secrets file exists; a test's AppTest gives its own secrets (missing_secret's example shows the missing key).",
  },
  invalid_secrets_file: {
    raises: "Error parsing secrets file at %file%: %reason%",
    why: "A secrets file that is not valid TOML gives no secrets at all. Streamlit raises with this message when the app reads st.secrets.",
    example: `import * as st from "rivulet";\nst.text(st.secrets.api_key);\n`,
    fix: "Correct the TOML at the position the message gives (a string needs quotes: `api_key = \"abc\"`).",
    fixed: `import * as st from "rivulet";\nst.text("no secrets read");\n`,
    unsampled: "Raised only when a secrets file on disk is not TOML; tests/server/secrets.test.ts writes one.",
  },
  secrets_read_only: {
    raises: "Secrets does not support assignment: st.secrets holds what the secrets files say.",
    why: "st.secrets is read from the secrets files; a change made by one run would be seen by every session of the server. Streamlit raises TypeError.",
    example: `import * as st from "rivulet";\nst.secrets.api_key = "abc";\n`,
    fix: "Keep values a run computes in st.sessionState, or in a variable.",
    fixed: `import * as st from "rivulet";\nst.sessionState.api_key = "abc";\n`,
  },
  connection_type_missing: {
    raises: 'st.connection("%name%") needs a type: give { type: "sql" } (or a class that extends st.BaseConnection), or set `type` in [connections.%name%] of the secrets.',
    why: "A connection is made by its type; with none given and none in its secrets section, there is nothing to make. Streamlit raises a KeyError for the missing `type`.",
    example: `import * as st from "rivulet";\nconst weather = st.connection("weather");\nst.write(weather);\n`,
    fix: 'Give the type (`st.connection("weather", { type: Weather })`), or name the connection "sql" for the SQL connection.',
    fixed: `import * as st from "rivulet";\nclass Weather extends st.BaseConnection<{ city: string }> {\n  protected connect() {\n    return { city: "Paris" };\n  }\n}\nconst weather = st.connection("weather", { type: Weather });\nst.text(weather.instance.city);\n`,
  },
  invalid_connection_type: {
    raises: "Invalid connection '%type%'. Supported connection classes: %supported%. A custom connection is a class that extends st.BaseConnection, given as the type itself.",
    why: "A type given by name must be one Rivulet provides (\"sql\"). Streamlit raises with this message; it also imports a class from a dotted path, which a TypeScript app does with an import instead.",
    example: `import * as st from "rivulet";\nconst db = st.connection("db", { type: "mongodb" });\nst.write(db);\n`,
    fix: 'Use "sql", or import your connection class and pass it as the type.',
    fixed: `import * as st from "rivulet";\nconst db = st.connection("db", { type: "sql", url: "sqlite://:memory:" });\nst.text(db.dialect);\n`,
  },
  not_a_connection_class: {
    raises: "%type% is not a subclass of BaseConnection!",
    why: "st.connection makes the connection with `new type(name, options)` and uses BaseConnection's `instance` and `reset()`; a class that does not extend it has neither. Streamlit raises with this message.",
    example: `import * as st from "rivulet";\nclass Weather {\n  city = "Paris";\n}\nconst weather = st.connection("weather", { type: Weather as any });\nst.write(weather);\n`,
    fix: "Extend st.BaseConnection and implement `connect`, which makes the raw client.",
    fixed: `import * as st from "rivulet";\nclass Weather extends st.BaseConnection<{ city: string }> {\n  protected connect() {\n    return { city: "Paris" };\n  }\n}\nst.text(st.connection("weather", { type: Weather }).instance.city);\n`,
  },
  invalid_sql_connection: {
    raises: 'The SQL connection "%name%" %problem%.',
    why: "st.connection(\"sql\") opens the database its options and its [connections.<name>] section of the secrets describe: a `url` (sqlite:///file.db, postgresql://user@host/db), or a `dialect` with its parts; nothing at all opens a SQLite file in the project's .rivulet folder. Streamlit raises \"Missing SQL DB connection param\" for what is missing.",
    example: `import * as st from "rivulet";\nconst db = st.connection("sql", { url: "oracle://db.local/sales" });\nst.write(await db.query("select 1"));\n`,
    fix: "Give a sqlite or postgresql url, or the dialect, host, database and username.",
    fixed: `import * as st from "rivulet";\nconst db = st.connection("sql", { url: "sqlite://:memory:" });\nst.write(await db.query("select 1 as one"));\n`,
  },
  context_read_only: {
    raises: "st.context is read-only: it tells what the page's request and browser said.",
    why: "st.context describes the page (its headers, cookies, time zone); a script changing it would describe nothing. Streamlit's st.context has no setters either.",
    example: `import * as st from "rivulet";\n(st.context.headers as Record<string, string>)["x-user"] = "ada";\n`,
    fix: "Keep what the script decides in st.sessionState.",
    fixed: `import * as st from "rivulet";\nst.sessionState.user = st.context.headers["x-user"] ?? "ada";\n`,
  },
  computed_st_member: {
    severity: "warning",
    message: "st[%expression%] names an st member the compiler cannot read: a call through it gets no call site of its own (its widgets are told apart by label alone), no checkpoint and no checks, and code that runs after an await finds no run",
    why: "The compiler binds every st call it can name: a site id (widget identity without keys), a checkpoint (a halted run stops there), the build-time checks, and the run's own handle. A member chosen at run time (Python's `getattr(st, kind)`) reaches the st function without any of them.",
    example: `import * as st from "rivulet";\nconst kind = Math.random() > 0.5 ? "header" : "subheader";\nst[kind]("Sales");\n`,
    fix: "Name the members and choose between them: `if (big) st.header(\"Sales\"); else st.subheader(\"Sales\");`.",
    fixed: `import * as st from "rivulet";\nconst big = Math.random() > 0.5;\nif (big) st.header("Sales");\nelse st.subheader("Sales");\n`,
  },
  st_call_at_module_level: {
    severity: "error",
    message: "st.%method%() at the top level of a module the app imports runs once, when the module is first imported, outside any run: it raises there; call it from a function the script calls",
    why: "A module's top-level code runs when the module is first imported, before the script's run starts and never again (Streamlit has the same trap: a helper module's `st.title` shows once). An st element or widget there has no run to write into, so the import raises and the app does not load. What makes a function or an object and needs no run may stay at the top level: `st.cacheData`, `st.cacheResource`, `st.fragment`, `st.dialog`, `st.Page`, `st.connection`.",
    example: `// sales.ts, a module the app imports\nimport * as st from "rivulet";\nst.title("Sales");\nexport function chart(): void {\n  st.text("chart");\n}\n`,
    fix: "Move the call into a function the script calls (the script's top level runs on every run).",
    fixed: `// sales.ts, a module the app imports\nimport * as st from "rivulet";\nexport function chart(): void {\n  st.title("Sales");\n  st.text("chart");\n}\n`,
  },
  page_file_unseen: {
    severity: "error",
    message: "st.Page(%file%) names its file with a path made at run time: the compiler cannot see which file it is, so the page is not compiled or bundled; write the path as a string literal",
    raises: "st.Page(\"%file%\"): the compiler did not see this page file. Write its path as a string literal in the call (st.Page(\"pages/orders.ts\")), so that the file is compiled and bundled with the app.",
    why: "A page file is one of the app's modules: the compiler sees its path in the st.Page call and passes the call a loader of the file, which the dev server and the build compile (as a page) and bundle. A path computed at run time reaches no compiler, so the file would be neither compiled nor in a build. Streamlit resolves the path when the page runs; Rivulet needs it at build time.",
    example: `import * as st from "rivulet";\nconst day = new Date().getDay() === 0 ? "sunday" : "weekday";\nst.navigation([st.Page(\`pages/\${day}.ts\`)]).run();\n`,
    fix: "Write each page's path as a string literal (a list of pages chosen at run time is a list of `st.Page(\"…\")` calls to choose from).",
    fixed: `import * as st from "rivulet";\nfunction home() {\n  st.title("Home");\n}\nst.navigation([st.Page(home), st.Page("pages/orders.ts")]).run();\n`,
  },
  page_file_not_found: {
    raises: "Unable to create Page. The file `%file%` could not be found.",
    why: "st.Page names a file that is not there (relative to the file that calls st.Page). Streamlit raises with this message; Rivulet raises it when the page is shown; `rivulet check` reports it before, and a build fails on the import of the missing file.",
    example: `import * as st from "rivulet";\nst.navigation([st.Page("pages/missing.ts")]).run();\n`,
    fix: "Correct the path, or create the page file.",
    fixed: `import * as st from "rivulet";\nfunction missing() {\n  st.title("Not missing any more");\n}\nst.navigation([st.Page(missing)]).run();\n`,
  },
  page_title_missing: {
    raises: "Cannot infer page title for Callable. Set the `title` option: st.Page(() => …, { title: \"Orders\" }).",
    why: "A page's title is its function's name unless given; an arrow function passed inline has no name. Streamlit raises with this message.",
    example: `import * as st from "rivulet";\nconst page = st.navigation([st.Page(() => st.title("Orders"))]);\npage.run();\n`,
    fix: "Give the title, or name the function (`function orders() { … }`).",
    fixed: `import * as st from "rivulet";\nconst page = st.navigation([st.Page(() => st.title("Orders"), { title: "Orders" })]);\npage.run();\n`,
  },
  page_title_empty: {
    raises: "The title of the page cannot be empty or consist of underscores/spaces only",
    why: "The title names the page in the menu and the browser tab. Streamlit raises with this message.",
    example: `import * as st from "rivulet";\nst.navigation([st.Page(() => st.text("x"), { title: " " })]).run();\n`,
    fix: "Give the page a title.",
    fixed: `import * as st from "rivulet";\nst.navigation([st.Page(() => st.text("x"), { title: "Home" })]).run();\n`,
  },
  page_url_path_empty: {
    raises: "The URL path cannot be an empty string unless the page is the default page.",
    why: "The empty URL path is the app's own URL, which shows the default page. Streamlit raises with this message.",
    example: `import * as st from "rivulet";\nfunction home() { st.text("home"); }\nfunction orders() { st.text("orders"); }\nst.navigation([st.Page(home), st.Page(orders, { urlPath: "" })]).run();\n`,
    fix: "Give the page a URL path of its own, or make it the default page.",
    fixed: `import * as st from "rivulet";\nfunction home() { st.text("home"); }\nfunction orders() { st.text("orders"); }\nst.navigation([st.Page(home), st.Page(orders, { urlPath: "all-orders" })]).run();\n`,
  },
  page_url_path_nested: {
    raises: "The URL path cannot contain a nested path (e.g. foo/bar): %path%",
    why: "A page is one segment below the app's URL. Streamlit raises with this message.",
    example: `import * as st from "rivulet";\nfunction orders() { st.text("orders"); }\nst.navigation([st.Page(orders, { urlPath: "shop/orders" })]).run();\n`,
    fix: "Use one segment: `urlPath: \"shop-orders\"`.",
    fixed: `import * as st from "rivulet";\nfunction orders() { st.text("orders"); }\nst.navigation([st.Page(orders, { urlPath: "shop-orders" })]).run();\n`,
  },
  navigation_without_pages: {
    raises: "`st.navigation` must be called with at least one `st.Page`.",
    why: "st.navigation returns the page to show: with no page there is none. Streamlit raises with this message.",
    example: `import * as st from "rivulet";\nst.navigation([]).run();\n`,
    fix: "List the app's pages.",
    fixed: `import * as st from "rivulet";\nfunction home() { st.text("home"); }\nst.navigation([st.Page(home)]).run();\n`,
  },
  several_default_pages: {
    raises: "Multiple Pages specified with `default=True`. At most one Page can be set to default.",
    why: "The default page is the one the app's own URL shows: there is one. Streamlit raises with this message.",
    example: `import * as st from "rivulet";\nfunction home() { st.text("home"); }\nfunction start() { st.text("start"); }\nst.navigation([st.Page(home, { default: true }), st.Page(start, { default: true })]).run();\n`,
    fix: "Mark one page as the default.",
    fixed: `import * as st from "rivulet";\nfunction home() { st.text("home"); }\nfunction start() { st.text("start"); }\nst.navigation([st.Page(home, { default: true }), st.Page(start)]).run();\n`,
  },
  duplicate_page_url_path: {
    raises: "Multiple Pages specified with URL pathname %path%. URL pathnames must be unique. The url pathname may be inferred from the function's name if an explicit one is not provided.",
    why: "A page's URL names it: two pages of one URL could not both be reached. Streamlit raises with this message.",
    example: `import * as st from "rivulet";\nfunction home() { st.text("home"); }\nfunction report() { st.text("a"); }\nst.navigation([st.Page(home), st.Page(report), st.Page(() => st.text("b"), { title: "Other", urlPath: "report" })]).run();\n`,
    fix: "Give one of them another `urlPath`.",
    fixed: `import * as st from "rivulet";\nfunction home() { st.text("home"); }\nfunction report() { st.text("a"); }\nst.navigation([st.Page(home), st.Page(report), st.Page(() => st.text("b"), { title: "Other", urlPath: "other-report" })]).run();\n`,
  },
  unknown_page: {
    raises: "Could not find page: `%page%`. The pages st.navigation listed in this run: %pages%.",
    why: "st.switchPage shows one of the app's pages: a page st.navigation did not list is none of them. Streamlit raises \"Could not find page\".",
    example: `import * as st from "rivulet";\nfunction home() { if (st.button("Go")) st.switchPage("settings"); }\nst.navigation([st.Page(home)]).run();\n`,
    fix: "Switch to a page that st.navigation lists (its st.Page, or its URL path), after the st.navigation call.",
    fixed: `import * as st from "rivulet";\nfunction home() { if (st.button("Go")) st.switchPage("settings"); }\nfunction settings() { st.text("settings"); }\nst.navigation([st.Page(home), st.Page(settings)]).run();\n`,
  },
  unhashable_argument: {
    raises: "Cannot hash argument '%name%' (of type %type%) in '%fn%'. To have Rivulet leave it out of the cache key, start the parameter's name with an underscore (`_%name%`), or give st.%api% a `hashFuncs` entry for its type.",
    why: "A cached function computes once per distinct arguments: each argument is hashed by value to find its entry. A value with no value to hash (a promise, a symbol, a WeakMap) cannot say whether it equals an earlier one. Streamlit raises UnhashableParamError.",
    example: `import * as st from "rivulet";\nconst square = st.cacheData((n: number, ready: Promise<void>) => n * n);\nst.write(square(4, Promise.resolve()));\n`,
    fix: "Leave the argument out of the key by naming its parameter with a leading underscore (`_ready`), or map its class to something hashable with `hashFuncs`.",
    fixed: `import * as st from "rivulet";\nconst square = st.cacheData((n: number, _ready: Promise<void>) => n * n);\nst.write(square(4, Promise.resolve()));\n`,
  },
  unserializable_return_value: {
    raises: "Cannot copy the return value (of type %type%) of %fn%: st.cacheData hands every caller its own copy (a structured clone, which keeps primitives, plain objects, arrays, Map, Set, Date, RegExp, Error and typed arrays). Return plain data, or use st.cacheResource for an object that is shared as it is (a connection, a model).",
    why: "st.cacheData copies its value for every caller, so that one caller changing what it got changes no other's. A function or a class instance would not survive the copy (a class instance would lose its methods). Streamlit raises UnserializableReturnValueError when pickle cannot copy the value.",
    example: `import * as st from "rivulet";\nclass Counter { count = 0; add() { this.count++; } }\nconst counter = st.cacheData(() => new Counter());\ncounter();\n`,
    fix: "Return plain data from st.cacheData, or cache the object with st.cacheResource, which shares it instead of copying it.",
    fixed: `import * as st from "rivulet";\nclass Counter { count = 0; add() { this.count++; } }\nconst counter = st.cacheResource(() => new Counter());\ncounter();\n`,
  },
  cache_replay_closure: {
    severity: "error",
    message: "st.%method%() in the cached function %fn% writes into %container%, made outside the function: a cache hit cannot write it again there",
    raises: "While running %fn%, an st element was written to a container made outside the function. A cache hit writes the function's elements again, and that container may not exist when it does. Make the container inside %fn%, write to it outside %fn%, or do not cache %fn% with st.%api%.",
    why: "A cache hit does not run the function: it writes again what the function wrote when it computed, in the place where the function is called. A container made outside the function (passed in, or captured) is not part of what it wrote, so a hit has nowhere to write into it. Streamlit raises CacheReplayClosureError.",
    example: `import * as st from "rivulet";\nconst box = st.container();\nconst load = st.cacheData(() => {\n  box.text("loaded");\n  return 1;\n});\nload();\nload();\n`,
    fix: "Make the container inside the cached function, or write to it outside, with what the function returns.",
    fixed: `import * as st from "rivulet";\nconst box = st.container();\nconst load = st.cacheData(() => 1);\nload();\nbox.text(\`loaded \${load()}\`);\n`,
  },
} as const satisfies Record<string, CatalogueEntry>;

type Catalogue = typeof catalogue;
export type Code = keyof Catalogue;
/** The codes a RivuletAPIError carries (from the generated table of their messages). */
export type { RunCode } from "./RivuletAPIError.ts";

export { fillMessage, type Placeholders } from "./placeholders.ts";
