// Within the limit, or a default or limit the compiler cannot be sure of.
import * as st from "rivulet";
declare const picks: string[];
declare const limit: number;
const options = ["a", "b", "c"];
st.multiselect("Pick", options, { default: ["a", "b"], maxSelections: 2 });
st.multiselect("Pick", options, { default: picks, maxSelections: 1 });
st.multiselect("Pick", options, { default: ["a", "b", "c"], maxSelections: limit });
st.multiselect("Pick", options, { default: [...picks], maxSelections: 1 });
st.multiselect("Pick", options, { default: "a", maxSelections: 1 });
