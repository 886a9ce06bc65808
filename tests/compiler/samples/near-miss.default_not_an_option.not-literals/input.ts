// Options or defaults the compiler cannot be sure of, and defaults that are options.
import * as st from "rivulet";
declare const colors: string[];
declare const pick: string;
const red = "red";
st.multiselect("Colors", colors, { default: ["green"] });
st.multiselect("Colors", ["red", red], { default: ["green"] });
st.multiselect("Colors", ["red", "blue"], { default: [pick] });
st.multiselect("Colors", ["red", "blue"], { default: null });
st.multiselect("Colors", ["red", "blue"], { default: "blue" });
st.multiselect("Colors", [1, 2], { default: [2, 1] });
st.multiselect("Objects", [{ id: 1 }], { default: [{ id: 1 }] });
