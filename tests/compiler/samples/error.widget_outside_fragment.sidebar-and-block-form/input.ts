import * as st from "rivulet";
const outer = st.container();
const panel = st.fragment(() => {
  st.sidebar.checkbox("Live");
  outer.with(() => {
    st.slider("Zoom");
  });
  const inner = outer.container();
  inner.textInput("Name");
});
panel();
const confirm = st.dialog("Confirm", () => {
  outer.button("Yes");
});
if (st.button("Ask")) confirm();
