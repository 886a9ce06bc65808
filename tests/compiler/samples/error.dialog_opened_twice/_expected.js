import * as st from "rivulet";
export default function run($rt) {
  const confirm = $rt.call("dialog.0", st, "dialog", "Confirm", item => {
    $rt.call("dialog.0/write.0", st, "write", `Delete ${item}?`);
  });
  confirm("a.txt");
  confirm("b.txt");
}
