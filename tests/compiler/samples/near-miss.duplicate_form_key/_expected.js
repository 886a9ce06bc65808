import * as st from "rivulet";
export default function run($rt) {
  const billing = $rt.call("form.0", st, "form", "billing");
  $rt.call("textInput.0", billing, "textInput", "Billing street");
  $rt.call("formSubmitButton.0", billing, "formSubmitButton", "Save");
  const shipping = $rt.call("form.1", st, "form", "shipping");
  $rt.call("textInput.1", shipping, "textInput", "Shipping street");
  $rt.call("formSubmitButton.1", shipping, "formSubmitButton", "Save");
}
