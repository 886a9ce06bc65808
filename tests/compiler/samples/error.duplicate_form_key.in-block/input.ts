import * as st from "rivulet";
const [left, right] = st.columns(2);
left.with(() => {
  const a = st.form(`search`);
  a.textInput("Query");
  a.formSubmitButton("Go");
});
const b = right.form("search");
b.textInput("Query");
b.formSubmitButton("Go");
