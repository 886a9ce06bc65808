import * as st from "rivulet";
export default function run($rt) {
  const f = $rt.call("form.0", st, "form", "order");
  $rt.call("formSubmitButton.0", f, "formSubmitButton", "Order");
  $rt.call("button.0", st, "button", "After the form");
  $rt.call("button.1", st.sidebar, "button", "Sidebar");
  // A helper's place depends on its caller: not reported.
  function extra() {
    $rt.call("extra/button.0", st, "button", "Helper");
  }
  $rt.call("with.0", f, "with", () => {
    $rt.call("with.0/formSubmitButton.0", st, "formSubmitButton", "Also submit");
  });
  extra();
}
