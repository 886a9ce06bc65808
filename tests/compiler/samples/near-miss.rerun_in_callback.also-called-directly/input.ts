import * as st from "rivulet";
// The handler is a callback and also called directly: its rerun works when it is called from
// the script, so the check says nothing.
function reset() {
  st.sessionState.count = 0;
  st.rerun();
}
st.button("Reset", { onClick: reset });
if (st.sessionState.count > 10) reset();
