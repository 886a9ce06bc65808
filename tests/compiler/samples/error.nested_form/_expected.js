import * as st from "rivulet";
export default function run($rt) {
  const order = $rt.call("form.0", st, "form", "order");
  $rt.call("textInput.0", order, "textInput", "Name");
  const address = $rt.call("form.1", order, "form", "address");
  $rt.call("textInput.1", address, "textInput", "Street");
  $rt.call("formSubmitButton.0", address, "formSubmitButton", "Save address");
  $rt.call("formSubmitButton.1", order, "formSubmitButton", "Order");
}
