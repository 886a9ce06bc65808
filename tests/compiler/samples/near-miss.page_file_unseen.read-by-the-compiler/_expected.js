// Paths the compiler can read are page files like literals: a const, a template of literals.
import * as st from "rivulet";
export default function run($rt) {
  const ORDERS = "pages/orders.ts";
  $rt.call("navigation.0", st, "navigation", [$rt.call("Page.0", st, "Page", ORDERS, undefined, $pageFiles[0]), $rt.call("Page.1", st, "Page", `pages/${"stock"}.ts`, undefined, $pageFiles[1])]).run();
}
export const $pageFiles = [{
  key: "Page.0\0pages/orders.ts",
  file: "pages/orders.ts",
  load: () => import("./pages/orders.ts?rivulet-page")
}, {
  key: "Page.1\0pages/stock.ts",
  file: "pages/stock.ts",
  load: () => import("./pages/stock.ts?rivulet-page")
}];
