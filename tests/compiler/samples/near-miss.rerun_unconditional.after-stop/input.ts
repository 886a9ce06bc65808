import * as st from "rivulet";
if (st.sessionState.done) st.stop();
st.sessionState.done = true;
st.rerun();
