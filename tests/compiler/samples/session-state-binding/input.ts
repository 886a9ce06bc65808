import * as st from "rivulet";
import * as rv from "rivulet";
import { sessionState, queryParams as qp } from "rivulet";
// Every read of st.sessionState / st.queryParams goes through the run's own handle ($rt).
if (!("count" in st.sessionState)) st.sessionState.count = 0;
st.sessionState.count += 1;
delete st.sessionState.stale;
st.write(st.queryParams.get("page"));
const state = st["sessionState"];
const params = rv.queryParams;
const typed = (st as typeof rv).sessionState!.count as number;
sessionState.seen = qp.get("ref") ?? "direct";
const both = { sessionState, qp };
fetch("/api").then(() => {
  st.sessionState.loaded = true;
});
// Not rivulet's: a local named sessionState, a parameter named st, a computed key.
function label(st: { sessionState: string }) {
  return st.sessionState;
}
{
  const sessionState = { local: true };
  sessionState.local = false;
}
const key = "session" + "State";
st.write(label({ sessionState: "x" }), state, params, typed, both, (st as any)[key]);
