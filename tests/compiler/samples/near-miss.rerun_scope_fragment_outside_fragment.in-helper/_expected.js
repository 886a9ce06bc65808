import * as st from "rivulet";
// In a function the caller decides: not this error (and called only from the fragment, no warning either).
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
