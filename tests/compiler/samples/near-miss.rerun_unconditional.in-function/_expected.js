import * as st from "rivulet";
export default function run($rt) {
  function refresh() {
    $rt.call("refresh/rerun.0", st, "rerun");
  }
  $rt.call("button.0", st, "button", "Refresh", {
    onClick: () => $rt.call("button.0.onClick/toast.0", st, "toast", "clicked")
  });
  if ($rt.sessionState.stale) refresh();
}
