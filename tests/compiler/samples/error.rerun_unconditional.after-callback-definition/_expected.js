import * as st from "rivulet";
// Defining a callback that reruns does not end the run: the rerun below is still reached every time.
export default function run($rt) {
  function reset() {
    $rt.sessionState.count = 0;
    $rt.call("reset/rerun.0", st, "rerun");
  }
  $rt.call("button.0", st, "button", "Reset", {
    onClick: reset
  });
  $rt.call("button.1", st, "button", "Clear", {
    onClick: () => $rt.call("button.1.onClick/rerun.0", st, "rerun")
  });
  $rt.call("rerun.0", st, "rerun");
}
