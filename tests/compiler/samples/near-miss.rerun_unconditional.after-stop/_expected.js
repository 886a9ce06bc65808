import * as st from "rivulet";
export default function run($rt) {
  if ($rt.sessionState.done) $rt.call("stop.0", st, "stop");
  $rt.sessionState.done = true;
  $rt.call("rerun.0", st, "rerun");
}
