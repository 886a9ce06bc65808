import "rivulet/data";
import * as st from "rivulet";
// Members bound to the session, destructured from st, read the run's own session at every use.
export default async function run($rt) {
  const {
    sessionState,
    queryParams: qp
  } = st;
  $rt.resume(await $rt.pause(new Promise(resolve => setTimeout(resolve, 1))));
  $rt.sessionState.visits = ($rt.sessionState.visits ?? 0) + 1;
  Promise.resolve().then(() => $rt.call("fn0/text.0", st, "text", String($rt.queryParams.get("tab"))));
}
