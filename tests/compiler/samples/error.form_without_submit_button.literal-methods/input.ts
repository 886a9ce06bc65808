import * as st from "rivulet";
// Methods of literals, of a list of them and of a widget's value hold none of the script's code:
// the check sees that nothing here writes a submit button.
const tags = ["urgent", "later"];
const title = "Triage";
const form = st.form("triage");
form.with(() => {
  const note = st.textInput("Note");
  st.caption(note.trim().toUpperCase());
  tags.forEach((tag) => st.checkbox(title.toLowerCase() + " " + tag));
});
