import * as st from "rivulet";
// In a function, the caller decides where the button goes.
function submit() {
  st.formSubmitButton("Go");
}
const f = st.form("f");
f.textInput("Name");
f.with(submit);
f.with(() => submit());
