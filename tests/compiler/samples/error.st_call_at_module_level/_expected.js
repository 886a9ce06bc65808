import { ambientHandle as $rt, runHandle as $rtOf } from "rivulet/internal";
// sales.ts, a module the app imports
import * as st from "rivulet";
$rt.call("1pfrdjq:title.0", st, "title", "Sales");
export function chart() {
  const $rt = $rtOf();
  $rt.call("1pfrdjq:chart/text.0", st, "text", "chart");
}
