import * as st from "rivulet";
const form = st.form("settings");
form.with(() => {
  st.slider("Volume");
  st.formSubmitButton("Save");
});
st.button("Preview");
