import { ambientHandle as $rt } from "rivulet/internal";
// The sidebar, a named import and a static initializer run at import as well.
import * as st from "rivulet";
import { text } from "rivulet";
$rt.call("1pfrdjq:button.0", st.sidebar, "button", "Refresh");
$rt.call("1pfrdjq:text.0", undefined, text, "loaded");
export class Panel {
  static title = $rt.call("1pfrdjq:header.0", st, "header", "Panel");
}
