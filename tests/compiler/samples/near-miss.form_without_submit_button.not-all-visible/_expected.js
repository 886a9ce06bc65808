import * as st from "rivulet";
import { renderFields } from "./fields.ts";
// Each form here may get its submit button from code the compiler does not follow.
export default function run($rt) {
  const passed = $rt.call("form.0", st, "form", "passed");
  addSubmit(passed);
  const imported = $rt.call("form.1", st, "form", "imported");
  $rt.call("with.0", imported, "with", () => renderFields());
  const body = $rt.call("form.2", st, "form", "body");
  $rt.call("with.1", body, "with", renderFields);
  const helper = $rt.call("form.3", st, "form", "helper");
  $rt.call("with.2", helper, "with", () => submitRow());
  const nested = $rt.call("form.4", st, "form", "nested");
  const [col] = $rt.call("columns.0", nested, "columns", 1);
  addSubmit(col);
  const unbound = $rt.call("container.0", $rt.call("form.5", st, "form", "unbound"), "container");
  function addSubmit(c) {
    c.formSubmitButton("Go");
  }
  function submitRow() {
    $rt.call("submitRow/formSubmitButton.0", st, "formSubmitButton", "Go");
  }
}
