import * as st from "rivulet";
const f = st.form("order");
f.formSubmitButton("Order");
st.button("After the form");
st.sidebar.button("Sidebar");
// A helper's place depends on its caller: not reported.
function extra() {
  st.button("Helper");
}
f.with(() => {
  st.formSubmitButton("Also submit");
});
extra();
