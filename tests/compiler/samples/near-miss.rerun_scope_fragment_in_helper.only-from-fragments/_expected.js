import * as st from "rivulet";
// Helpers the script calls only from fragment functions, directly or through another helper:
// their rerun happens in the fragment's rerun.
export default function run($rt) {
  function refresh() {
    $rt.call("refresh/rerun.0", st, "rerun", {
      scope: "fragment"
    });
  }
  const reload = () => refresh();
  $rt.call("fragment.0", st, "fragment", () => {
    if ($rt.call("fragment.0/button.0", st, "button", "Refresh")) refresh();
  })();
  $rt.call("fragment.1", st, "fragment", () => {
    if ($rt.call("fragment.1/button.0", st, "button", "Reload")) reload();
  })();
}
