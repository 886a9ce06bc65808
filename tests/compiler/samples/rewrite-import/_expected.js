import "rivulet/data";
import * as st from "file:///rt/rivulet.js";
import { helper } from "./helper.js";
export { other } from "./other.js";
export * from "file:///rt/rivulet.js";
export default async function run($rt) {
  const shown = 1;
  const lazy = $rt.resume(await $rt.pause(import("./lazy.js")));
  $rt.call("write.0", st, "write", helper(lazy, shown));
}
