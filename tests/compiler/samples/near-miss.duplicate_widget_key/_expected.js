import * as st from "rivulet";
export default function run($rt) {
  $rt.call("textInput.0", st, "textInput", "First name", {
    key: "first"
  });
  $rt.call("textInput.1", st, "textInput", "Last name", {
    key: "last"
  });
}
