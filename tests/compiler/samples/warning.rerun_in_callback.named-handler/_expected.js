import * as st from "rivulet";
export default function run($rt) {
  function onNameChange() {
    st.sessionState.greeted = false;
    $rt.call("onNameChange/rerun.0", st, "rerun");
  }
  $rt.call("textInput.0", st, "textInput", "Name", {
    onChange: onNameChange
  });
}
