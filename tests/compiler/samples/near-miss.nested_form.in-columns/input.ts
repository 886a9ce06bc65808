import * as st from "rivulet";
const [a, b] = st.columns(2);
const left = a.form("left");
left.formSubmitButton("Left");
b.with(() => {
  const right = st.form("right");
  right.formSubmitButton("Right");
});
