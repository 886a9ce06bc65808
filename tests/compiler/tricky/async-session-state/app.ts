import * as st from "rivulet";
// Session state after an await, destructured and through the namespace.
const { sessionState } = st;
const data = await new Promise<number[]>((resolve) => setTimeout(() => resolve([1, 2, 3]), 1));
sessionState.total = data.reduce((a, b) => a + b, 0);
st.text(`Total ${String(st.sessionState.total)}`);
