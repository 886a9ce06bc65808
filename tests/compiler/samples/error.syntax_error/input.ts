import * as st from "rivulet";
st.header("Hello";
