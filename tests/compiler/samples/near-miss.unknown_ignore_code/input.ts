import * as st from "rivulet";
// rivulet-ignore rerun_unconditional
st.rerun();
