import * as st from "rivulet";
st.header("Counter");
if (st.button("x")) st.rerun();
