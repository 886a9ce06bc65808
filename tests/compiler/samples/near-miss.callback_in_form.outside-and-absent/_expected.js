import * as st from "rivulet";
export default function run($rt) {
  const f = $rt.call("form.0", st, "form", "prefs");
  $rt.call("checkbox.0", f, "checkbox", "Dark mode", {
    onChange: undefined
  });
  $rt.call("formSubmitButton.0", f, "formSubmitButton", "Save", {
    onClick: () => $rt.call("formSubmitButton.0.onClick/toast.0", st, "toast", "saved")
  });
  $rt.call("checkbox.1", st, "checkbox", "Outside", {
    onChange: () => $rt.sessionState.changed = true
  });
}
