import * as st from "rivulet";
export default function run($rt) {
  const info = $rt.call("dialog.0", st, "dialog", ``, () => $rt.call("dialog.0/write.0", st, "write", "Saved."));
  const more = $rt.call("dialog.1", st, "dialog", "", () => $rt.call("dialog.1/write.0", st, "write", "More."), {
    width: "large"
  });
  if ($rt.call("button.0", st, "button", "Info")) info();
  if ($rt.call("button.1", st, "button", "More")) more();
}
