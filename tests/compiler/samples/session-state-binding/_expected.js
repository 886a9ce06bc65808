import "rivulet/data";
import * as st from "rivulet";
import * as rv from "rivulet";
import { sessionState, queryParams as qp } from "rivulet";
// Every read of st.sessionState / st.queryParams goes through the run's own handle ($rt).
export default function run($rt) {
  if (!("count" in $rt.sessionState)) $rt.sessionState.count = 0;
  $rt.sessionState.count += 1;
  delete $rt.sessionState.stale;
  $rt.call("write.0", st, "write", $rt.queryParams.get("page"));
  const state = $rt.sessionState;
  const params = $rt.queryParams;
  const typed = $rt.sessionState.count;
  $rt.sessionState.seen = $rt.queryParams.get("ref") ?? "direct";
  const both = {
    sessionState: $rt.sessionState,
    qp: $rt.queryParams
  };
  fetch("/api").then(() => {
    $rt.sessionState.loaded = true;
  });
  // Not rivulet's: a local named sessionState, a parameter named st, a computed key.
  function label(st) {
    return st.sessionState;
  }
  {
    const sessionState = {
      local: true
    };
    sessionState.local = false;
  }
  const key = "session" + "State";
  $rt.call("write.1", st, "write", label({
    sessionState: "x"
  }), state, params, typed, both, st[key]);
}
