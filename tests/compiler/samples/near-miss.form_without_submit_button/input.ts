import * as st from "rivulet";
const form = st.form("feedback");
form.with(() => {
  st.textArea("Comment");
  st.slider("Rating", { minValue: 1, maxValue: 5 });
  st.formSubmitButton("Send");
});
