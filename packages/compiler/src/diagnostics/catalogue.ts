// The diagnostics catalogue: the one place where codes, severities, messages, examples and
// fixes are written. The typed constructors (`constructors.ts`) and docs/diagnostics.md
// (`docs.ts`, written by scripts/generate-docs.ts) are both derived from this table.
// Codes are stable: never rename one, add a new code instead.

export type Severity = "error" | "warning";

export interface CatalogueEntry {
  severity: Severity;
  /** One line; `%name%` marks a parameter, filled by the typed constructor. */
  message: string;
  /** Why it matters, for the reference docs. */
  why: string;
  /** A script that produces this diagnostic. */
  example: string;
  /** How to fix it, in words. */
  fix: string;
  /** The example fixed: a near-miss that does not produce this diagnostic. */
  fixed: string;
}

export const catalogue = {
  syntax_error: {
    severity: "error",
    message: "%reason%",
    why: "The script cannot be parsed as TypeScript, so it cannot be compiled or run.",
    example: `import * as st from "rivulet";\nst.header("Hello";\n`,
    fix: "Correct the syntax at the marked position.",
    fixed: `import * as st from "rivulet";\nst.header("Hello");\n`,
  },
  invalid_rerun_scope: {
    severity: "error",
    message: `"%scope%" is not a rerun scope: use "app" or "fragment"`,
    why: "`st.rerun` accepts only the scopes \"app\" and \"fragment\"; any other value raises RivuletAPIError when the call runs.",
    example: `import * as st from "rivulet";\nif (st.button("Reload")) st.rerun({ scope: "page" });\n`,
    fix: 'Pass `scope: "app"` (the default) or, inside a fragment, `scope: "fragment"`.',
    fixed: `import * as st from "rivulet";\nif (st.button("Reload")) st.rerun({ scope: "app" });\n`,
  },
  rerun_scope_fragment_outside_fragment: {
    severity: "error",
    message: `st.rerun({ scope: "fragment" }) is only allowed inside a fragment function (a function passed to st.fragment)`,
    why: "A fragment-scoped rerun reruns the fragment that is running. Outside a fragment there is none, so the call raises RivuletAPIError when it runs.",
    example: `import * as st from "rivulet";\nif (st.button("Refresh")) st.rerun({ scope: "fragment" });\n`,
    fix: 'Move the call into the function passed to `st.fragment`, or drop `scope: "fragment"` to rerun the whole app.',
    fixed: `import * as st from "rivulet";\nst.fragment(() => {\n  if (st.button("Refresh")) st.rerun({ scope: "fragment" });\n});\n`,
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
} as const satisfies Record<string, CatalogueEntry>;

export type Code = keyof typeof catalogue;

export function isCode(code: string): code is Code {
  return Object.hasOwn(catalogue, code);
}
