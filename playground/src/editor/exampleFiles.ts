// The examples menu, in order: the three examples of Streamlit's st.rerun page, then one per
// capability, each a file of the repository's examples/ (tests/e2e/playground.test.ts runs each).
export const EXAMPLE_FILES: readonly (readonly [file: string, title: string])[] = [
  ["rerun.ts", "st.rerun: a click changes the header"],
  ["rerun-callback.ts", "st.rerun: from a callback"],
  ["rerun-container.ts", "st.rerun: in a container"],
  ["fragments.ts", "Fragments"],
  ["dialog.ts", "Dialogs"],
  ["forms.ts", "Forms"],
  ["widgets.ts", "Widgets"],
  ["layout.ts", "Layouts"],
  ["chat.ts", "Chat with st.writeStream"],
  ["data-editor.ts", "A data app"],
  ["charts.ts", "Charts, an image and a download"],
];
