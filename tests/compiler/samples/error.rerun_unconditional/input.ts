import * as st from "rivulet";
st.header("Counter");
st.rerun();
