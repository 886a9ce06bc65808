import * as st from "rivulet";
export default function run($rt) {
  const folder = "pages";
  $rt.call("navigation.0", st, "navigation", [$rt.call("Page.0", st, "Page", `${folder}/orders.ts`)]).run();
}
