import * as st from "rivulet";
// rivulet-ignore rerun_in_callback, rerun_in_calback
st.button("x", { onClick: () => st.rerun() });
