import * as st from "rivulet";
export default function run($rt) {
  if (st.sessionState.done) $rt.call("stop.0", st, "stop");
  st.sessionState.done = true;
  $rt.call("rerun.0", st, "rerun");
}
