// A page file (`st.Page("pages/orders.ts")`): a script of its own, its site ids tagged with
// its file, magic on.
import * as st from "rivulet";
export default function run($rt) {
  $rt.call("15mkpe5:title.0", st, "title", "Orders");
  const level = $rt.call("15mkpe5:slider.0", st, "slider", "Level");
  $rt.call("15mkpe5:write.0", undefined, $rt.write, `level ${level}`);
}
