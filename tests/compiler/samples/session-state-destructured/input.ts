import * as st from "rivulet";
// Members bound to the session, destructured from st, read the run's own session at every use.
const { sessionState, queryParams: qp } = st;
await new Promise((resolve) => setTimeout(resolve, 1));
sessionState.visits = (sessionState.visits ?? 0) + 1;
Promise.resolve().then(() => st.text(String(qp.get("tab"))));
