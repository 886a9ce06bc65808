import * as st from "rivulet";
export default function run($rt) {
  const f = $rt.call("form.0", st, "form", "f");
  $rt.call("formSubmitButton.0", f, "formSubmitButton", "In the form");
  $rt.call("formSubmitButton.1", st.sidebar, "formSubmitButton", "Sidebar");
  const box = $rt.call("container.0", st, "container");
  $rt.call("with.0", box, "with", () => $rt.call("with.0/formSubmitButton.0", st, "formSubmitButton", "Box"));
}
