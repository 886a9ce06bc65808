import * as st from "rivulet";
if (!("started" in st.sessionState)) st.sessionState.started = false;
if (st.button("Go", { key: "go" })) st.sessionState.started = true;
if (st.sessionState.started) st.write("Going");
