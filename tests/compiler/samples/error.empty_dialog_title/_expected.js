import * as st from "rivulet";
export default function run($rt) {
  const info = $rt.call("dialog.0", st, "dialog", "", () => $rt.call("dialog.0/write.0", st, "write", "Saved."));
  if ($rt.call("button.0", st, "button", "Info")) info();
}
