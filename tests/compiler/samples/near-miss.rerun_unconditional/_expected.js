import * as st from "rivulet";
export default function run($rt) {
  $rt.call("header.0", st, "header", "Counter");
  if ($rt.call("button.0", st, "button", "x")) $rt.call("rerun.0", st, "rerun");
}
