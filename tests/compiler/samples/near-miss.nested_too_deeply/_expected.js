import * as st from "rivulet";
export default function run($rt) {
  let nested = [];
  for (let i = 0; i < 5000; i++) {
    if ($rt.halt[0] !== 0) $rt.checkpoint();
    nested = [nested];
  }
  $rt.call("text.0", st, "text", String(nested));
}
