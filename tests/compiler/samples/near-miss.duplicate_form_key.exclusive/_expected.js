import * as st from "rivulet";
// Forms in exclusive branches, after a stop, or in separate functions may share a key.
export default function run($rt) {
  if ($rt.call("toggle.0", st, "toggle", "Advanced")) {
    const f = $rt.call("form.0", st, "form", "search");
    $rt.call("textInput.0", f, "textInput", "Query");
    $rt.call("formSubmitButton.0", f, "formSubmitButton", "Go");
  } else {
    const f = $rt.call("form.1", st, "form", "search");
    $rt.call("textInput.1", f, "textInput", "Query");
    $rt.call("formSubmitButton.1", f, "formSubmitButton", "Go");
  }
  function panel(key) {
    const f = $rt.call("panel/form.0", st, "form", key);
    $rt.call("panel/formSubmitButton.0", f, "formSubmitButton", "Save");
  }
  panel("one");
  panel("two");
  const filters = $rt.call("form.2", st, "form", "filters");
  $rt.call("formSubmitButton.2", filters, "formSubmitButton", "Apply");
  // A widget may have a key equal to a form's: Streamlit keeps them apart.
  $rt.call("textInput.2", st, "textInput", "Apply to", {
    key: "search"
  });
}
