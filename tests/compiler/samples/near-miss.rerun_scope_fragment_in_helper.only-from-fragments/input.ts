import * as st from "rivulet";
// Helpers the script calls only from fragment functions, directly or through another helper:
// their rerun happens in the fragment's rerun.
function refresh() {
  st.rerun({ scope: "fragment" });
}
const reload = () => refresh();
st.fragment(() => {
  if (st.button("Refresh")) refresh();
})();
st.fragment(() => {
  if (st.button("Reload")) reload();
})();
