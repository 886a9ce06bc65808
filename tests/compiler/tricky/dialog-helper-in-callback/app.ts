import * as st from "rivulet";
// A dialog opened from a callback; a helper that reruns its fragment, called only from it.
const confirm = st.dialog("Confirm", () => {
  if (st.button("Yes")) st.rerun();
});
st.button("Open", { onClick: () => confirm() });
function refreshPanel(): void {
  st.rerun({ scope: "fragment" });
}
st.fragment(() => {
  if (st.button("Refresh panel")) refreshPanel();
})();
