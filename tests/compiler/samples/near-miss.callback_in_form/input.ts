import * as st from "rivulet";
const form = st.form("filters");
form.textInput("Search");
form.formSubmitButton("Apply", { onClick: () => (st.sessionState.changed = true) });
