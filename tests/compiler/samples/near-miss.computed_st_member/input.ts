import * as st from "rivulet";
const big = Math.random() > 0.5;
if (big) st.header("Sales");
else st.subheader("Sales");
