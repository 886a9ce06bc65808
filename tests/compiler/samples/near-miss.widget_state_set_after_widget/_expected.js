import * as st from "rivulet";
export default function run($rt) {
  if (!("volume" in st.sessionState)) st.sessionState.volume = 5;
  $rt.call("slider.0", st, "slider", "Volume", {
    key: "volume"
  });
}
