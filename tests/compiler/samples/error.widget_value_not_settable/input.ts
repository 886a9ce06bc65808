import * as st from "rivulet";
st.sessionState.go = true;
if (st.button("Go", { key: "go" })) st.write("Going");
