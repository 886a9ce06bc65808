import * as st from "rivulet";
export default function run($rt) {
  function refresh() {
    $rt.call("refresh/rerun.0", st, "rerun", {
      scope: "fragment"
    });
  }
  const panel = $rt.call("fragment.0", st, "fragment", () => {
    if ($rt.call("fragment.0/button.0", st, "button", "Refresh")) refresh();
  });
  panel();
  if ($rt.call("button.0", st, "button", "Refresh all")) refresh();
}
