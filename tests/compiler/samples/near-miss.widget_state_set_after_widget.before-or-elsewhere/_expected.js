import "rivulet/data";
import * as st from "rivulet";
export default function run($rt) {
  $rt.sessionState.volume = 5;
  $rt.call("slider.0", st, "slider", "Volume", {
    key: "volume"
  });
  $rt.sessionState.other = 1;
  $rt.call("slider.1", st, "slider", "Level", {
    key: "level",
    onChange: () => {
      $rt.sessionState.level = 0;
    }
  });
  if ($rt.call("button.0", st, "button", "Reset")) {
    $rt.sessionState.reset = true;
  }
  $rt.call("slider.2", st, "slider", "Speed", {
    key: "speed"
  });
  const speed = $rt.sessionState.speed;
  $rt.call("write.0", st, "write", speed);
}
