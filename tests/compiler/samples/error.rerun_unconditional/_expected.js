import * as st from "rivulet";
export default function run($rt) {
  $rt.call("header.0", st, "header", "Counter");
  $rt.call("rerun.0", st, "rerun");
}
