import * as st from "rivulet";
import { slider } from "rivulet";
export default function run($rt) {
  $rt.call("slider.0", st.sidebar, "slider", "Min", {
    key: "range"
  });
  const f = $rt.call("form.0", st, "form", "f");
  $rt.call("with.0", f, "with", () => {
    $rt.call("with.0/slider.0", undefined, slider, "Max", {
      key: "range"
    });
    $rt.call("with.0/formSubmitButton.0", st, "formSubmitButton", "Go");
  });
  if ($rt.call("checkbox.0", st, "checkbox", "More")) {
    $rt.call("textInput.0", st, "textInput", "A", {
      key: 7
    });
    $rt.call("textInput.1", st, "textInput", "B", {
      key: 7
    });
  }
}
