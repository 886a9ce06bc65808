import * as st from "rivulet";
function refresh() {
  st.rerun();
}
st.button("Refresh", { onClick: () => st.toast("clicked") });
if (st.sessionState.stale) refresh();
