import * as st from "rivulet";
// A title the compiler cannot read is left to the run; a space is a title.
export default function run($rt) {
  const title = String($rt.sessionState.title ?? "Saved");
  const info = $rt.call("dialog.0", st, "dialog", title, () => $rt.call("dialog.0/write.0", st, "write", "Saved."));
  const spaced = $rt.call("dialog.1", st, "dialog", " ", () => $rt.call("dialog.1/write.0", st, "write", "Spaced."));
  const named = $rt.call("dialog.2", st, "dialog", `Saved ${title}`, () => $rt.call("dialog.2/write.0", st, "write", "Named."));
  if ($rt.call("button.0", st, "button", "Info")) info();else if ($rt.call("button.1", st, "button", "Spaced")) spaced();else if ($rt.call("button.2", st, "button", "Named")) named();
}
