import * as st from "rivulet";
// In a function the caller decides: not this error (and called only from the fragment, no warning either).
function again() {
  st.rerun({ scope: "fragment" });
}
const panel = st.fragment(() => {
  if (st.button("Again")) again();
});
panel();
