import * as st from "rivulet";
const size = st.selectbox("Size", ["S", "M", "L"], { index: 3 });
