import * as st from "rivulet";
export default function run($rt) {
  if ($rt.call("button.0", st, "button", "Reset")) {
    $rt.sessionState.count = 0;
    $rt.call("rerun.0", st, "rerun");
  }
}
