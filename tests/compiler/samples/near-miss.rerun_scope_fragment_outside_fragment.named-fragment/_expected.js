import "rivulet/data";
import * as st from "rivulet";
export default function run($rt) {
  function counter() {
    const n = $rt.call("counter/number.0", st, "number", "n");
    if ($rt.call("counter/button.0", st, "button", "Again")) {
      $rt.call("counter/rerun.0", st, "rerun", {
        scope: "fragment"
      });
    }
    $rt.call("counter/write.0", st, "write", n);
  }
  $rt.call("fragment.0", st, "fragment", counter);
}
