import "rivulet/data";
import * as st from "rivulet";
// Functions that are fragments, passed as a method of a local object or as a factory's result.
export default function run($rt) {
  const panels = {
    stats() {
      if ($rt.call("stats/button.0", st, "button", "Refresh stats")) $rt.call("stats/rerun.0", st, "rerun", {
        scope: "fragment"
      });
    },
    table: () => {
      if ($rt.call("table/button.0", st, "button", "Refresh table")) $rt.call("table/rerun.0", st, "rerun", {
        scope: "fragment"
      });
    }
  };
  $rt.call("fragment.0", st, "fragment", panels.stats)();
  $rt.call("fragment.1", st, "fragment", panels.table)();
  function makeBody(name) {
    return () => {
      if ($rt.call("makeBody/fn0/button.0", st, "button", "Refresh " + name)) $rt.call("makeBody/fn0/rerun.0", st, "rerun", {
        scope: "fragment"
      });
    };
  }
  $rt.call("fragment.2", st, "fragment", makeBody("a"))();
}
