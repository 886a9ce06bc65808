import * as st from "rivulet";
// ...from an element of a list of functions.
const buttons = [() => st.formSubmitButton("Apply"), () => st.formSubmitButton("Reset")];
const form = st.form("filters");
form.slider("Price", { minValue: 0, maxValue: 100 });
form.with(() => buttons[0]!());
