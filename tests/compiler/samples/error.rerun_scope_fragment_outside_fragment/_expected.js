import * as st from "rivulet";
export default function run($rt) {
  if ($rt.call("button.0", st, "button", "Refresh")) $rt.call("rerun.0", st, "rerun", {
    scope: "fragment"
  });
}
