import * as st from "rivulet";
// In a function the caller decides: a warning (rerun_scope_fragment_in_helper), not this error.
export default function run($rt) {
  function again() {
    $rt.call("again/rerun.0", st, "rerun", {
      scope: "fragment"
    });
  }
  const panel = $rt.call("fragment.0", st, "fragment", () => {
    if ($rt.call("fragment.0/button.0", st, "button", "Again")) again();
  });
  panel();
}
