import * as st from "rivulet";
st.textInput("First name", { key: "first" });
st.textInput("Last name", { key: "last" });
