import * as st from "rivulet";
// An inline block-form body runs in place: this is still top-level code.
st.sidebar.with(() => {
  if (st.button("Refresh")) st.rerun({ scope: "fragment" });
});
