import * as st from "rivulet";
// The submit button comes from a method of a class instance.
class FormKit {
  constructor(private readonly label: string) {}
  submit(): boolean {
    return st.formSubmitButton(this.label);
  }
}
const kit = new FormKit("Save");
const form = st.form("profile");
form.textInput("Name");
form.with(() => kit.submit());
