import * as st from "rivulet";
export default function run($rt) {
  $rt.sessionState.go = true;
  if ($rt.call("button.0", st, "button", "Go", {
    key: "go"
  })) $rt.call("write.0", st, "write", "Going");
}
