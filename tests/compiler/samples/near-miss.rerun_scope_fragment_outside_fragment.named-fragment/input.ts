import * as st from "rivulet";
function counter() {
  const n = st.number("n");
  if (st.button("Again")) {
    st.rerun({ scope: "fragment" });
  }
  st.write(n);
}
st.fragment(counter);
