import * as st from "rivulet";
export default function run($rt) {
  const f = $rt.call("form.0", st, "form", "prefs");
  function remember() {
    $rt.sessionState.changed = true;
  }
  $rt.call("with.0", f, "with", () => {
    $rt.call("with.0/checkbox.0", st, "checkbox", "Dark mode", {
      onChange: remember
    });
    $rt.call("with.0/selectbox.0", st, "selectbox", "Language", ["en", "fr"], {
      onChange: () => remember()
    });
    $rt.call("with.0/formSubmitButton.0", st, "formSubmitButton", "Save", {
      onClick: remember
    });
  });
}
