import * as st from "rivulet";
export default function run($rt) {
  const [a, b] = $rt.call("columns.0", st, "columns", 2);
  const left = $rt.call("form.0", a, "form", "left");
  $rt.call("formSubmitButton.0", left, "formSubmitButton", "Left");
  $rt.call("with.0", b, "with", () => {
    const right = $rt.call("with.0/form.0", st, "form", "right");
    $rt.call("with.0/formSubmitButton.0", right, "formSubmitButton", "Right");
  });
}
