import * as st from "rivulet";
// ...from a factory's object, and from a frozen object literal.
const makeActions = (label: string) => ({ submit: () => st.formSubmitButton(label) });
const frozen = Object.freeze({ submit: () => st.formSubmitButton("Send") });
const first = st.form("first");
first.with(() => makeActions("Go").submit());
const second = st.form("second");
second.with(() => frozen.submit());
