import * as st from "rivulet";
// The key is set before the widget, through a helper and an alias of session state.
const state = st.sessionState;
function reset(key: string): void {
  state[key] = "";
}
if (!("query" in state)) reset("query");
st.textInput("Query", { key: "query" });
