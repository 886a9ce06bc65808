import * as st from "rivulet";
export default function run($rt) {
  function onNameChange() {
    $rt.sessionState.greeted = false;
    $rt.call("onNameChange/rerun.0", st, "rerun");
  }
  $rt.call("textInput.0", st, "textInput", "Name", {
    onChange: onNameChange
  });
}
