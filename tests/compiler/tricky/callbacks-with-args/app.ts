import * as st from "rivulet";
// Callbacks with arguments, outside forms, and a form whose submit button has the callback.
function pick(value: string): void {
  st.sessionState.picked = value;
}
st.button("A", { onClick: pick, args: ["a"] });
const form = st.form("cb");
form.textInput("Note");
form.formSubmitButton("Save", { onClick: pick, args: ["saved"] });
