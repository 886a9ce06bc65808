import * as st from "rivulet";
export default function run($rt) {
  if (!("started" in $rt.sessionState)) $rt.sessionState.started = false;
  if ($rt.call("button.0", st, "button", "Go", {
    key: "go"
  })) $rt.sessionState.started = true;
  if ($rt.sessionState.started) $rt.call("write.0", st, "write", "Going");
}
