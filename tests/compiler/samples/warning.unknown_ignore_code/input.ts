import * as st from "rivulet";
// rivulet-ignore rerun_unconditionnal
st.rerun();
