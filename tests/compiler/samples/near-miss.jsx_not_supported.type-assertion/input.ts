import * as st from "rivulet";
const value: unknown = 3;
const n = <number>value;
st.text(String(n < 4 && n > 2));
