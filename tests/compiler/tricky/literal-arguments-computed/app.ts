import * as st from "rivulet";
// Options whose values come from variables: the checks say nothing they cannot see.
const sizes = ["S", "M", "L"];
const index = sizes.length - 1;
st.selectbox("Size", sizes, { index });
const max = 10;
st.slider("Level", { minValue: 0, maxValue: max, value: max });
st.numberInput("Age", { minValue: 0, maxValue: 120, value: 30 });
st.multiselect("Toppings", ["cheese", "ham"], { default: ["ham"], maxSelections: 1 });
const visibility = "collapsed" as const;
st.textInput("Hidden label", { labelVisibility: visibility });
