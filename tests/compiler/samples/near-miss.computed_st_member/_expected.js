import * as st from "rivulet";
export default function run($rt) {
  const big = Math.random() > 0.5;
  if (big) $rt.call("header.0", st, "header", "Sales");else $rt.call("subheader.0", st, "subheader", "Sales");
}
