import * as st from "rivulet";
export default function run($rt) {
  const welcome = $rt.call("dialog.0", st, "dialog", "Welcome", () => $rt.call("dialog.0/write.0", st, "write", "Hello"));
  const news = $rt.call("dialog.1", st, "dialog", "News", () => $rt.call("dialog.1/write.0", st, "write", "Nothing new"));
  if (!$rt.sessionState.seen) {
    welcome();
    $rt.sessionState.seen = true;
    news();
  }
}
