import * as st from "rivulet";
// rivulet-ignore rerun_unconditional
export default function run($rt) {
  $rt.call("rerun.0", st, "rerun");
}
