import * as st from "rivulet";
st.multiselect("Numbers", [1, 2, 3], { default: ["1"] });
st.multiselect("Flags", [true], { default: false });
st.multiselect("Colors", ["red"], { default: "Red" });
st.multiselect("Maybe", ["a", null], { default: [null, undefined as never, "b"] });
