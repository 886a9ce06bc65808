import * as st from "rivulet";
function refresh() {
  st.rerun({ scope: "fragment" });
}
const panel = st.fragment(() => {
  if (st.button("Refresh")) refresh();
});
panel();
if (st.button("Refresh all")) refresh();
