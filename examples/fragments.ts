// A widget inside a fragment reruns only the fragment; runEvery reruns it on a timer.
import * as st from "rivulet";

st.sessionState.appRuns = (st.sessionState.appRuns ?? 0) + 1;
st.text(`app runs: ${st.sessionState.appRuns}`);

const counter = st.fragment(() => {
  st.text(`clicks: ${st.sessionState.clicks ?? 0}`);
  if (st.button("Click")) {
    st.sessionState.clicks = (st.sessionState.clicks ?? 0) + 1;
    st.rerun({ scope: "fragment" }); // redraw the text above; the app does not rerun
  }
});
counter();

const clock = st.fragment(() => {
  st.sessionState.ticks = (st.sessionState.ticks ?? 0) + 1;
  st.text(`ticks: ${st.sessionState.ticks}`);
}, { runEvery: "1s" });
clock();

st.button("Rerun the app");
