import * as st from "rivulet";
st.textInput("First name", { key: "name" });
st.textInput("Last name", { key: "name" });
