import * as st from "rivulet";
const [left, right] = st.columns(2);
const filters = st.fragment(() => {
  left.slider("Price");
  right.write("Results");
});
filters();
