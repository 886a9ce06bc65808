import * as st from "rivulet";
export default function run($rt) {
  $rt.call("slider.0", st, "slider", "Volume", {
    key: "volume"
  });
  $rt.sessionState.volume = 5;
}
