import * as st from "rivulet";
// A widget's own callback sets its key: callbacks run before the script, so it is allowed.
st.slider("Volume", {
  key: "volume",
  minValue: 0,
  maxValue: 10,
  onChange: () => {
    if ((st.sessionState.volume as number) > 8) st.sessionState.volume = 8;
  },
});
st.sessionState.other = 1;
