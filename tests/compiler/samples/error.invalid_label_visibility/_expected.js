import * as st from "rivulet";
export default function run($rt) {
  const name = $rt.call("textInput.0", st, "textInput", "Name", {
    labelVisibility: "none"
  });
}
