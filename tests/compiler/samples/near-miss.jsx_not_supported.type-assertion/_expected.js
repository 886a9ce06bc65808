import * as st from "rivulet";
export default function run($rt) {
  const value = 3;
  const n = value;
  $rt.call("text.0", st, "text", String(n < 4 && n > 2));
}
