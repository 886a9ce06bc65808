import * as st from "rivulet";
export default function run($rt) {
  const form = $rt.call("form.0", st, "form", "login");
  $rt.call("textInput.0", form, "textInput", "User");
  $rt.call("formSubmitButton.0", form, "formSubmitButton", "Log in");
}
