import * as st from "rivulet";
st.slider("Equal", { minValue: 5, maxValue: 5 });
st.slider("Fraction", { minValue: 1, step: 0.5 });
st.slider("Zero", { maxValue: 0, value: 0 });
