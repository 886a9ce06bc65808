import * as st from "rivulet";
const year = st.slider("Year", { minValue: 100 });
