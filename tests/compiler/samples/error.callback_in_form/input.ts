import * as st from "rivulet";
const form = st.form("filters");
form.textInput("Search", { onChange: () => (st.sessionState.changed = true) });
form.formSubmitButton("Apply");
