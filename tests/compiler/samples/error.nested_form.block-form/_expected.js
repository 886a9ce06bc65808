import * as st from "rivulet";
export default function run($rt) {
  const outer = $rt.call("form.0", st, "form", "outer");
  $rt.call("with.0", outer, "with", () => {
    const [col] = $rt.call("with.0/columns.0", st, "columns", 1);
    $rt.call("with.0/with.0", col, "with", () => {
      const inner = $rt.call("with.0/with.0/form.0", st, "form", "inner");
      $rt.call("with.0/with.0/formSubmitButton.0", inner, "formSubmitButton", "Inner");
    });
    $rt.call("with.0/formSubmitButton.0", st, "formSubmitButton", "Outer");
  });
}
