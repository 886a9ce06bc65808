import "rivulet/data";
import { button, header as h, sessionState, sidebar, columns, rerun } from "rivulet";
import { readFileSync } from "node:fs";
export default function run($rt) {
  $rt.call("header.0", undefined, h, "Named");
  if ($rt.call("button.0", undefined, button, "Go")) {
    $rt.sessionState.go = true;
  }
  $rt.call("text.0", sidebar, "text", "in sidebar");
  const [left, right] = $rt.call("columns.0", undefined, columns, 2);
  $rt.call("write.0", left, "write", readFileSync);
  $rt.call("write.1", right, "write", "right");
  function button2() {
    return "not rivulet";
  }
  button2();
  if ($rt.sessionState.go) $rt.call("rerun.0", undefined, rerun);
}
