import * as st from "rivulet";
export default function run($rt) {
  $rt.call("fragment.0", st, "fragment", () => {
    if ($rt.call("fragment.0/button.0", st, "button", "Refresh")) $rt.call("fragment.0/rerun.0", st, "rerun", {
      scope: "fragment"
    });
  })();
}
