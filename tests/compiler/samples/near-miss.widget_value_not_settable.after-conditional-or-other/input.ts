import * as st from "rivulet";
// A value widget takes its state from session state; a set behind a condition the button is
// not behind, or in a callback, is not known to run before it.
st.sessionState.volume = 5;
st.slider("Volume", { key: "volume" });
if (st.checkbox("Preset")) {
  st.sessionState.go = true;
}
if (st.button("Go", { key: "go" })) st.write("going");
st.button("Reset", { key: "reset", onClick: () => (st.sessionState.later = 1) });
function preset() {
  st.sessionState.later = true;
}
st.button("Later", { key: "later" });
st.button("Preset", { onClick: preset });
