// Within the bounds, no value, or numbers the compiler cannot be sure of.
import * as st from "rivulet";
declare const low: number;
declare const options: { minValue: number };
st.numberInput("A", { minValue: 0, maxValue: 10, value: 10 });
st.numberInput("B", { minValue: 10, maxValue: 5, value: null });
st.numberInput("C", { minValue: low, maxValue: 5 });
st.numberInput("D", { maxValue: -1, ...options });
st.numberInput("E", options);
st.numberInput("F", { maxValue: 5, value: low });
st.numberInput("G", { minValue: -5 });
st.slider("Slider widens", { minValue: 0, maxValue: 10, value: 50 });
