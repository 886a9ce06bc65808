import * as st from "rivulet";
// rivulet-ignore rerun_in_callback, rerun_in_calback
export default function run($rt) {
  $rt.call("button.0", st, "button", "x", {
    onClick: () => $rt.call("button.0.onClick/rerun.0", st, "rerun")
  });
}
