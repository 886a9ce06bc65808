import * as st from "rivulet";
import { slider } from "rivulet";
st.sidebar.slider("Min", { key: "range" });
const f = st.form("f");
f.with(() => {
  slider("Max", { key: "range" });
  st.formSubmitButton("Go");
});
if (st.checkbox("More")) {
  st.textInput("A", { key: 7 });
  st.textInput("B", { key: 7 });
}
