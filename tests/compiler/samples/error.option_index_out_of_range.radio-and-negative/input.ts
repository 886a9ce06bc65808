import * as st from "rivulet";
import { radio } from "rivulet";
st.radio("Plan", ["Free", "Pro"], { index: -1 });
radio("Plan", ["Free", "Pro"], { horizontal: true, index: 2 });
const [col] = st.columns(1);
col.selectbox("Size", ["S"], { index: 1 as number });
