import * as st from "rivulet";
const f = st.form("prefs");
f.checkbox("Dark mode", { onChange: undefined });
f.formSubmitButton("Save", { onClick: () => st.toast("saved") });
st.checkbox("Outside", { onChange: () => (st.sessionState.changed = true) });
