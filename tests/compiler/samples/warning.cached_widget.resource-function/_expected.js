import * as st from "rivulet";
export default function run($rt) {
  const settings = $rt.call("cacheResource.0", st, "cacheResource", function settings() {
    return {
      archived: $rt.call("cacheResource.0/checkbox.0", st, "checkbox", "Include archived"),
      limit: $rt.call("cacheResource.0/slider.0", st, "slider", "Limit", {
        maxValue: 100
      })
    };
  }, undefined, {
    name: "settings",
    params: []
  });
  settings();
}
