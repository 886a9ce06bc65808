import * as st from "rivulet";
// A dialog opened from a callback, or from the script after another dialog's button: not nested.
export default function run($rt) {
  const details = $rt.call("dialog.0", st, "dialog", "Details", () => $rt.call("dialog.0/write.0", st, "write", "More"));
  const browse = $rt.call("dialog.1", st, "dialog", "Browse", () => {
    $rt.call("dialog.1/button.0", st, "button", "Show details", {
      onClick: () => $rt.sessionState.details = true
    });
    $rt.call("dialog.1/write.0", st, "write", "Pick one");
  });
  if ($rt.sessionState.details) {
    $rt.sessionState.details = false;
    details();
  } else if ($rt.call("button.0", st, "button", "Browse")) browse();
  const panel = $rt.call("fragment.0", st, "fragment", () => {
    if ($rt.call("fragment.0/button.0", st, "button", "More")) details();
  });
  panel();
}
