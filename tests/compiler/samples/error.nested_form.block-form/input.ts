import * as st from "rivulet";
const outer = st.form("outer");
outer.with(() => {
  const [col] = st.columns(1);
  col.with(() => {
    const inner = st.form("inner");
    inner.formSubmitButton("Inner");
  });
  st.formSubmitButton("Outer");
});
