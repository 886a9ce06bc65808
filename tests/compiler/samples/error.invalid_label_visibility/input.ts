import * as st from "rivulet";
const name = st.textInput("Name", { labelVisibility: "none" });
