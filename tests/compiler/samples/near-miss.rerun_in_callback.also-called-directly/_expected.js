import * as st from "rivulet";
// The handler is a callback and also called directly: its rerun works when it is called from
// the script, so the check says nothing.
export default function run($rt) {
  function reset() {
    $rt.sessionState.count = 0;
    $rt.call("reset/rerun.0", st, "rerun");
  }
  $rt.call("button.0", st, "button", "Reset", {
    onClick: reset
  });
  if ($rt.sessionState.count > 10) reset();
}
