import * as st from "rivulet";
// A rerunning function that is called (or handed to code that may call it) before the rerun
// may end the run there, so the rerun below is not reported.
function reset() {
  st.sessionState.count = 0;
  st.rerun();
}
st.button("Reset", { onClick: reset });
if (st.sessionState.count === undefined) reset();
const handlers = { undo: () => st.rerun() };
st.button("Undo", { onClick: handlers.undo });
const later = () => st.rerun();
[later].forEach((f) => f());
st.rerun();
