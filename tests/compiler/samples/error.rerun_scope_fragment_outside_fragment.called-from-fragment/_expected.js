import * as st from "rivulet";
// Lexically outside the fragment, even though the fragment calls it.
export default async function run($rt) {
  function again() {
    $rt.call("again/rerun.0", st, "rerun", {
      scope: "fragment"
    });
  }
  $rt.call("fragment.0", st, "fragment", () => {
    if ($rt.call("fragment.0/button.0", st, "button", "Again")) again();
  });
}
