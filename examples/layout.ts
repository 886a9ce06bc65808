// container.with(() => ...) is Streamlit's `with col:`: st calls inside it write into the
// container, and it returns what the function returns.
import * as st from "rivulet";

const [left, right] = st.columns(2);
const n = left.with(() => {
  st.subheader("Input");
  return st.slider("n", { maxValue: 10, value: 3 });
});
right.with(() => {
  st.subheader("Output");
  st.text(`${n} squared is ${n * n}`);
});
st.sidebar.with(() => st.text("The sidebar is a container too."));
