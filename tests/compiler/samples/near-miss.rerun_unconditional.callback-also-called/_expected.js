import * as st from "rivulet";
// A rerunning function that is called (or handed to code that may call it) before the rerun
// may end the run there, so the rerun below is not reported.
export default function run($rt) {
  function reset() {
    $rt.sessionState.count = 0;
    $rt.call("reset/rerun.0", st, "rerun");
  }
  $rt.call("button.0", st, "button", "Reset", {
    onClick: reset
  });
  if ($rt.sessionState.count === undefined) reset();
  const handlers = {
    undo: () => $rt.call("undo/rerun.0", st, "rerun")
  };
  $rt.call("button.1", st, "button", "Undo", {
    onClick: handlers.undo
  });
  const later = () => $rt.call("later/rerun.0", st, "rerun");
  [later].forEach(f => f());
  $rt.call("rerun.0", st, "rerun");
}
