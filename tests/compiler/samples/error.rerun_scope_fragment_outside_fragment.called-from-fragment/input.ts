import * as st from "rivulet";
// Lexically outside the fragment, even though the fragment calls it.
function again() {
  st.rerun({ scope: "fragment" });
}
st.fragment(() => {
  if (st.button("Again")) again();
});
