import * as st from "rivulet";
export default function run($rt) {
  const box = $rt.call("container.0", st, "container");
  const load = $rt.call("cacheData.0", st, "cacheData", () => 1, undefined, {
    name: "load",
    params: []
  });
  load();
  $rt.call("text.0", box, "text", `loaded ${load()}`);
}
