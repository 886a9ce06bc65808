import * as st from "rivulet";
const f = st.form("f");
const [a, b] = f.columns(2);
a.textInput("Name");
b.with(() => {
  if (st.checkbox("Ready")) st.formSubmitButton("Send");
});
const g = st.form("g");
g.with(() => {
  ["x"].forEach((label) => st.formSubmitButton(label));
});
