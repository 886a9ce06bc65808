// Reversed bounds are swapped and a value widens the range; unknown numbers are left alone.
import * as st from "rivulet";
declare const top: number;
declare const start: Date;
st.slider("Reversed", { minValue: 10, maxValue: 5 });
st.slider("Widened", { minValue: 5, maxValue: 5, value: 6 });
st.slider("Default", { maxValue: -10 });
st.slider("Unknown", { minValue: 100, maxValue: top });
st.slider("Dates", { minValue: start, maxValue: start } as never);
st.slider("Range", { minValue: 5, maxValue: 5, value: [1, 9] } as never);
try {
  st.slider("Caught", { minValue: 5, maxValue: 5 });
} catch (error) {
  st.warning(String(error));
}
