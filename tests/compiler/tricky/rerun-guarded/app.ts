import * as st from "rivulet";
// A rerun behind a condition the rerun changes: it runs once.
if (!st.sessionState.loaded) {
  st.sessionState.loaded = true;
  st.rerun();
}
st.text("Loaded");
