import * as st from "rivulet";
export default function run($rt) {
  const remove = $rt.call("dialog.0", st, "dialog", "Delete", () => {
    $rt.call("dialog.0/write.0", st, "write", "This cannot be undone.");
    if ($rt.call("dialog.0/button.0", st, "button", "Yes, delete")) $rt.call("dialog.0/rerun.0", st, "rerun");
  });
  if ($rt.call("button.0", st, "button", "Delete")) remove();
}
