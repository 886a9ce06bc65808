import * as st from "rivulet";
export default function run($rt) {
  const confirm = $rt.call("dialog.0", st, "dialog", "Sure?", () => {
    if ($rt.call("dialog.0/button.0", st, "button", "Yes")) $rt.call("dialog.0/rerun.0", st, "rerun");
  });
  const remove = $rt.call("dialog.1", st, "dialog", "Delete", () => {
    $rt.call("dialog.1/write.0", st, "write", "This cannot be undone.");
    confirm();
  });
  if ($rt.call("button.0", st, "button", "Delete")) remove();
}
