import * as st from "rivulet";
const f = st.form("prefs");
function remember() {
  st.sessionState.changed = true;
}
f.with(() => {
  st.checkbox("Dark mode", { onChange: remember });
  st.selectbox("Language", ["en", "fr"], { onChange: () => remember() });
  st.formSubmitButton("Save", { onClick: remember });
});
