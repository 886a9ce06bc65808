import "rivulet/data";
import * as st from "rivulet";
export default function run($rt) {
  const kind = Math.random() > 0.5 ? "header" : "subheader";
  st[kind]("Sales");
}
