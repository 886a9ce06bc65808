import * as st from "rivulet";
export default function run($rt) {
  if (!("volume" in $rt.sessionState)) $rt.sessionState.volume = 5;
  $rt.call("slider.0", st, "slider", "Volume", {
    key: "volume"
  });
}
