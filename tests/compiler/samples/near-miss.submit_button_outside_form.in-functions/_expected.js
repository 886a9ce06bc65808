import * as st from "rivulet";
// In a function, the caller decides where the button goes.
export default function run($rt) {
  function submit() {
    $rt.call("submit/formSubmitButton.0", st, "formSubmitButton", "Go");
  }
  const f = $rt.call("form.0", st, "form", "f");
  $rt.call("textInput.0", f, "textInput", "Name");
  $rt.call("with.0", f, "with", submit);
  $rt.call("with.1", f, "with", () => submit());
}
