import * as st from "rivulet";
export default function run($rt) {
  const confirm = $rt.call("dialog.0", st, "dialog", "Confirm", item => {
    $rt.call("dialog.0/write.0", st, "write", `Delete ${item}?`);
  });
  if ($rt.call("button.0", st, "button", "Delete a")) confirm("a.txt");else if ($rt.call("button.1", st, "button", "Delete b")) confirm("b.txt");
}
