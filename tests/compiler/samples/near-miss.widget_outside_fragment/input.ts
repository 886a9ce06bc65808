import * as st from "rivulet";
const [left, right] = st.columns(2);
const filters = st.fragment(() => {
  st.slider("Price");
  right.write("Results");
});
left.with(() => filters());
