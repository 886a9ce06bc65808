import * as st from "rivulet";
export default function run($rt) {
  const [left, right] = $rt.call("columns.0", st, "columns", 2);
  $rt.call("with.0", left, "with", () => {
    const a = $rt.call("with.0/form.0", st, "form", `search`);
    $rt.call("with.0/textInput.0", a, "textInput", "Query");
    $rt.call("with.0/formSubmitButton.0", a, "formSubmitButton", "Go");
  });
  const b = $rt.call("form.0", right, "form", "search");
  $rt.call("textInput.0", b, "textInput", "Query");
  $rt.call("formSubmitButton.0", b, "formSubmitButton", "Go");
}
