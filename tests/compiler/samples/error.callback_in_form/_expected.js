import * as st from "rivulet";
export default function run($rt) {
  const form = $rt.call("form.0", st, "form", "filters");
  $rt.call("textInput.0", form, "textInput", "Search", {
    onChange: () => $rt.sessionState.changed = true
  });
  $rt.call("formSubmitButton.0", form, "formSubmitButton", "Apply");
}
