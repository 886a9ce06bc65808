import * as st from "rivulet";
// Two dialogs, opened by different buttons: never both in one run.
const edit = st.dialog("Edit", () => st.textInput("Name"));
const remove = st.dialog("Delete?", () => st.text("Sure?"));
if (st.button("Edit")) edit();
else if (st.button("Delete")) remove();
const title = ["Info"][0]!;
if (st.button("Info")) st.dialog(title, () => st.text("About"))();
