import * as st from "rivulet";
// In a function the caller decides: a warning (rerun_scope_fragment_in_helper), not this error.
function again() {
  st.rerun({ scope: "fragment" });
}
const panel = st.fragment(() => {
  if (st.button("Again")) again();
});
panel();
