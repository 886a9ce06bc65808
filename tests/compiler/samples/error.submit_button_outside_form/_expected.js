import * as st from "rivulet";
export default function run($rt) {
  $rt.call("textInput.0", st, "textInput", "User");
  $rt.call("formSubmitButton.0", st, "formSubmitButton", "Log in");
}
