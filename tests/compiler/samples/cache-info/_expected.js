import "rivulet/data";
import * as st from "rivulet";
// The compiler passes a cached function's name and parameters' names after its options.
export default function run($rt) {
  async function loadRows(url, {
    retries
  }, _cache, ...tags) {
    return [url, retries, tags.length];
  }
  const rows = $rt.call("cacheData.0", st, "cacheData", loadRows, {
    ttl: "1h"
  }, {
    name: "loadRows",
    params: ["url", null, "_cache", "...tags"]
  });
  const model = $rt.call("cacheResource.0", st, "cacheResource", (this_, _secret = "x") => this_ + _secret, undefined, {
    name: "model",
    params: ["this_", "_secret"]
  });
  const imported = $rt.call("cacheData.1", st, "cacheData", Math.max, undefined, {
    name: "imported"
  });
  $rt.call("write.0", st, "write", rows, model, imported);
}
