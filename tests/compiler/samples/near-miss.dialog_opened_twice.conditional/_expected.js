import "rivulet/data";
import * as st from "rivulet";
export default function run($rt) {
  const confirm = $rt.call("dialog.0", st, "dialog", "Confirm", item => $rt.call("dialog.0/write.0", st, "write", item));
  if ($rt.call("button.0", st, "button", "Delete a")) confirm("a.txt");
  if ($rt.call("button.1", st, "button", "Delete b")) confirm("b.txt");
  $rt.call("button.2", st, "button", "Delete c", {
    onClick: () => confirm("c.txt")
  });
  for (const item of ["d", "e"]) {
    if ($rt.halt[0] !== 0) $rt.checkpoint();
    if ($rt.call("button.3", st, "button", item)) {
      confirm(item);
      break;
    }
  }
}
