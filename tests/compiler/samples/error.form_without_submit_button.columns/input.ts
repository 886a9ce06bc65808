import * as st from "rivulet";
const f = st.form(`search`);
const cols = f.columns(2);
cols[0]!.textInput("Query");
for (const col of cols) col.write("…");
const other = st.form("other");
other.formSubmitButton("Submit other");
f.with(() => {
  const n = Math.max(1, 2);
  st.write(String(n).padStart(2));
});
