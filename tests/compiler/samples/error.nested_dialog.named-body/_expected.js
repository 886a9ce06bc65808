import * as st from "rivulet";
export default function run($rt) {
  const details = $rt.call("dialog.0", st, "dialog", "Details", id => $rt.call("dialog.0/write.0", st, "write", `Item ${id}`));
  function list() {
    for (const id of [1, 2]) {
      if ($rt.halt[0] !== 0) $rt.checkpoint();
      if ($rt.call("list/button.0", st, "button", `Open ${id}`)) details(id);
    }
  }
  const browse = $rt.call("dialog.1", st, "dialog", "Browse", list);
  if ($rt.call("button.0", st, "button", "Browse")) browse();
}
