// Valid values, values from elsewhere, and st.chatInput, which has no label.
import * as st from "rivulet";
export default function run($rt) {
  $rt.call("textInput.0", st, "textInput", "A", {
    labelVisibility: "visible"
  });
  $rt.call("textInput.1", st, "textInput", "B", {
    labelVisibility: "hidden"
  });
  $rt.call("textInput.2", st, "textInput", "C", {
    labelVisibility: visibility
  });
  $rt.call("textInput.3", st, "textInput", "D", {
    labelVisibility: undefined
  });
  $rt.call("chatInput.0", st, "chatInput", "Say", {
    labelVisibility: "none"
  });
  $rt.call("text.0", st, "text", "not a widget", {
    labelVisibility: "none"
  });
}
