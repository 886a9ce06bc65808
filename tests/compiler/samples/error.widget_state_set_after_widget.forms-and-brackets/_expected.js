import "rivulet/data";
import * as st from "rivulet";
import { sessionState } from "rivulet";
export default function run($rt) {
  const f = $rt.call("form.0", st, "form", "settings");
  $rt.call("formSubmitButton.0", f, "formSubmitButton", "Save");
  $rt.sessionState["settings"] = {};
  if ($rt.call("checkbox.0", st, "checkbox", "Agree", {
    key: "agree"
  })) $rt.call("write.0", st, "write", "thanks");
  $rt.sessionState.agree = false;
  function panel() {
    const volume = $rt.call("panel/slider.0", st, "slider", "Volume", {
      key: "volume"
    });
    $rt.call("panel/write.0", st, "write", volume);
    $rt.sessionState.volume += 1;
  }
  panel();
}
