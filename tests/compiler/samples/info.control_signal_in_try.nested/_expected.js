import * as st from "rivulet";
export default function run($rt) {
  function load() {
    try {
      try {
        if ($rt.call("load/button.0", st, "button", "Retry")) $rt.call("load/rerun.0", st, "rerun");
      } catch (inner) {
        $rt.rethrow(inner);
        throw $rt.thrown(inner);
      }
    } catch (_error) {
      $rt.rethrow(_error);
      $rt.call("load/stop.0", st, "stop");
    }
  }
  load();
}
