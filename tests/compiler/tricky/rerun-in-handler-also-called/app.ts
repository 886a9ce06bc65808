import * as st from "rivulet";
// A handler given as a callback and also called by the script: its rerun works when called.
function refresh(): void {
  st.sessionState.version = ((st.sessionState.version as number | undefined) ?? 0) + 1;
  if (st.sessionState.version === 1) st.rerun();
}
st.button("Refresh", { onClick: refresh });
if (st.sessionState.version === undefined) refresh();
st.text(`Version ${String(st.sessionState.version)}`);
