import "rivulet/data";
import * as st from "rivulet";
export default function run($rt) {
  const items = ["a", "b"];
  for (const item of items) {
    if ($rt.halt[0] !== 0) $rt.checkpoint();
    $rt.call("write.0", st, "write", item);
  }
  {
    $rt.call("text.0", st, "text", "done");
    $rt.call("rerun.0", st, "rerun");
  }
}
