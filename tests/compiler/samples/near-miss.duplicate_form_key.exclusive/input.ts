import * as st from "rivulet";
// Forms in exclusive branches, after a stop, or in separate functions may share a key.
if (st.toggle("Advanced")) {
  const f = st.form("search");
  f.textInput("Query");
  f.formSubmitButton("Go");
} else {
  const f = st.form("search");
  f.textInput("Query");
  f.formSubmitButton("Go");
}
function panel(key: string) {
  const f = st.form(key);
  f.formSubmitButton("Save");
}
panel("one");
panel("two");
const filters = st.form("filters");
filters.formSubmitButton("Apply");
// A widget may have a key equal to a form's: Streamlit keeps them apart.
st.textInput("Apply to", { key: "search" });
