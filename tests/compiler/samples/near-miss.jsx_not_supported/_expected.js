import * as st from "rivulet";
export default function run($rt) {
  $rt.call("title.0", st, "title", "Sales");
}
