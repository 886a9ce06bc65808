import { runHandle as $rtOf } from "rivulet/internal";
// sales.ts, a module the app imports
import * as st from "rivulet";
export function chart() {
  const $rt = $rtOf();
  $rt.call("1pfrdjq:chart/title.0", st, "title", "Sales");
  $rt.call("1pfrdjq:chart/text.0", st, "text", "chart");
}
