import * as st from "rivulet";
const form = st.form("filters");
form.textInput("Search", { onChange: () => st.toast("changed") });
form.formSubmitButton("Apply");
