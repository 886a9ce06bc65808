import * as st from "rivulet";
const age = st.numberInput("Age", { minValue: 0, maxValue: 120, value: 150 });
