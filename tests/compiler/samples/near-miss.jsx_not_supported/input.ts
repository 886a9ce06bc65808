import * as st from "rivulet";
st.title("Sales");
