import * as st from "rivulet";
export default function run($rt) {
  const order = $rt.call("form.0", st, "form", "order");
  $rt.call("textInput.0", order, "textInput", "Name");
  $rt.call("formSubmitButton.0", order, "formSubmitButton", "Order");
  const address = $rt.call("form.1", st, "form", "address");
  $rt.call("textInput.1", address, "textInput", "Street");
  $rt.call("formSubmitButton.1", address, "formSubmitButton", "Save address");
}
