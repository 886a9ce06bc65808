import * as st from "rivulet";
const colors = st.multiselect("Colors", ["red", "blue", "green"], { default: ["blue", "green"] });
