import * as st from "rivulet";
export default function run($rt) {
  const day = new Date().getDay() === 0 ? "sunday" : "weekday";
  $rt.call("navigation.0", st, "navigation", [$rt.call("Page.0", st, "Page", `pages/${day}.ts`)]).run();
}
