import * as st from "rivulet";
// Containers through aliases, loops and a form inside a column.
const [a, b] = st.columns(2);
const left = a;
left.button("Left");
for (const column of [a, b]) column.caption("a column");
const form = b.form("in-column");
form.textInput("Email");
form.formSubmitButton("Subscribe");
