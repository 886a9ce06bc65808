import "rivulet/data";
import * as st from "rivulet";
export default function run($rt) {
  $rt.call("title.0", st, "title", "Fragments");
  $rt.call("fragment.0", st, "fragment", () => {
    $rt.call("fragment.0/header.0", st, "header", "Counter");
    if ($rt.call("fragment.0/button.0", st, "button", "+1")) {
      $rt.sessionState.count = ($rt.sessionState.count ?? 0) + 1;
      $rt.call("fragment.0/rerun.0", st, "rerun", {
        scope: "fragment"
      });
    }
    $rt.call("fragment.0/write.0", st, "write", $rt.sessionState.count);
  });
  function chart() {
    $rt.call("chart/subheader.0", st, "subheader", "Chart");
    $rt.call("chart/button.0", st, "button", "Refresh");
  }
  $rt.call("fragment.1", st, "fragment", chart);
  $rt.call("fragment.2", st, "fragment", () => $rt.call("fragment.2/text.0", st, "text", "tiny"));
}
