import * as st from "rivulet";
// A dialog is a fragment; a callback gets rerun_in_callback instead.
export default function run($rt) {
  const edit = $rt.call("dialog.0", st, "dialog", "Edit", () => {
    if ($rt.call("dialog.0/button.0", st, "button", "Reload")) $rt.call("dialog.0/rerun.0", st, "rerun", {
      scope: "fragment"
    });
  });
  const panel = $rt.call("fragment.0", st, "fragment", () => {
    $rt.call("fragment.0/button.0", st, "button", "Reset", {
      onClick: () => $rt.call("fragment.0/button.0.onClick/rerun.0", st, "rerun", {
        scope: "fragment"
      })
    });
    [1, 2].forEach(n => {
      if ($rt.call("fragment.0/fn0/button.0", st, "button", `Row ${n}`)) $rt.call("fragment.0/fn0/rerun.0", st, "rerun", {
        scope: "fragment"
      });
    });
  });
  panel();
  if ($rt.call("button.0", st, "button", "Edit")) edit();
}
