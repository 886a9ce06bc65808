import * as st from "rivulet";
// A fragment writes widgets only into containers it makes itself.
const filters = st.fragment(() => {
  const box = st.container({ border: true });
  const [left, right] = st.columns(2);
  box.slider("Price", { minValue: 0, maxValue: 100 });
  left.checkbox("In stock");
  right.selectbox("Sort", ["price", "name"]);
});
filters();
