import * as st from "rivulet";
// A literal member is read like a dotted one; computed keys of session state are its own.
st["header"]("Sales");
st[`text`]("by region");
const key = "region";
st.sessionState[key] ??= "EU";
st.text(String(st.queryParams[key] ?? st.sessionState[key]));
