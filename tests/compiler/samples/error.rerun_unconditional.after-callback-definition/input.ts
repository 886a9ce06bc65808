import * as st from "rivulet";
// Defining a callback that reruns does not end the run: the rerun below is still reached every time.
function reset() {
  st.sessionState.count = 0;
  st.rerun();
}
st.button("Reset", { onClick: reset });
st.button("Clear", { onClick: () => st.rerun() });
st.rerun();
