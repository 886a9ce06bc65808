import * as st from "rivulet";
export default function run($rt) {
  function requireLogin() {
    if (!$rt.sessionState.user) $rt.call("requireLogin/stop.0", st, "stop");
  }
  requireLogin();
  $rt.call("rerun.0", st, "rerun");
}
