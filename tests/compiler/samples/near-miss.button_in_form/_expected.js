import * as st from "rivulet";
export default function run($rt) {
  const form = $rt.call("form.0", st, "form", "settings");
  $rt.call("with.0", form, "with", () => {
    $rt.call("with.0/slider.0", st, "slider", "Volume");
    $rt.call("with.0/formSubmitButton.0", st, "formSubmitButton", "Save");
  });
  $rt.call("button.0", st, "button", "Preview");
}
