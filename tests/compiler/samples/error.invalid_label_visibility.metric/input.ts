import * as st from "rivulet";
st.metric("Users", 1234, { labelVisibility: "none" });
