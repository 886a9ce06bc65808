import "rivulet/data";
import * as st from "rivulet";
export default function run($rt) {
  const f = $rt.call("form.0", st, "form", `search`);
  const cols = $rt.call("columns.0", f, "columns", 2);
  $rt.call("textInput.0", cols[0], "textInput", "Query");
  for (const col of cols) {
    if ($rt.halt[0] !== 0) $rt.checkpoint();
    $rt.call("write.0", col, "write", "…");
  }
  const other = $rt.call("form.1", st, "form", "other");
  $rt.call("formSubmitButton.0", other, "formSubmitButton", "Submit other");
  $rt.call("with.0", f, "with", () => {
    const n = Math.max(1, 2);
    $rt.call("with.0/write.0", st, "write", String(n).padStart(2));
  });
}
