import * as st from "rivulet";
export default function run($rt) {
  const f = $rt.call("form.0", st, "form", "f");
  const [a, b] = $rt.call("columns.0", f, "columns", 2);
  $rt.call("textInput.0", a, "textInput", "Name");
  $rt.call("with.0", b, "with", () => {
    if ($rt.call("with.0/checkbox.0", st, "checkbox", "Ready")) $rt.call("with.0/formSubmitButton.0", st, "formSubmitButton", "Send");
  });
  const g = $rt.call("form.1", st, "form", "g");
  $rt.call("with.1", g, "with", () => {
    ["x"].forEach(label => $rt.call("with.1/fn0/formSubmitButton.0", st, "formSubmitButton", label));
  });
}
