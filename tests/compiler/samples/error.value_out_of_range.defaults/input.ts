// The default value is minValue (0 without one): bounds the wrong way round, or below 0.
import * as st from "rivulet";
st.numberInput("Reversed", { minValue: 10, maxValue: 5 });
st.numberInput("Negative", { maxValue: -1 });
st.numberInput("From min", { minValue: 10, maxValue: 5, value: "min" });
st.numberInput("Below", { minValue: 0.5, value: -0.5 });
