import * as st from "rivulet";
const form = st.form("feedback");
form.with(() => {
  st.textInput("Comment");
  st.slider("Rating", { minValue: 1, maxValue: 5 });
});
