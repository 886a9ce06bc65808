import * as st from "rivulet";
const form = st.form("settings");
form.with(() => {
  st.slider("Volume");
  st.button("Preview");
  st.formSubmitButton("Save");
});
