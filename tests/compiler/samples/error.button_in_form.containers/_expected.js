import * as st from "rivulet";
import { form as makeForm } from "rivulet";
export default function run($rt) {
  const f = $rt.call("form.0", undefined, makeForm, "order");
  const [left, right] = $rt.call("columns.0", f, "columns", 2);
  $rt.call("button.0", left, "button", "Left");
  $rt.call("with.0", right, "with", () => {
    $rt.call("with.0/downloadButton.0", st, "downloadButton", "Receipt", {
      data: "..."
    });
  });
  $rt.call("button.1", $rt.call("container.0", f, "container"), "button", "Nested");
  $rt.call("formSubmitButton.0", f, "formSubmitButton", "Order");
}
