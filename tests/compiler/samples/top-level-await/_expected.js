import "rivulet/data";
import * as st from "rivulet";
export default async function run($rt) {
  const res = $rt.resume(await $rt.pause(fetch("https://example.com/data.json")));
  const data = $rt.resume(await $rt.pause(res.json()));
  $rt.call("write.0", st, "write", data);
  async function load(url) {
    const r = $rt.resume(await $rt.pause(fetch(url)));
    return r.text();
  }
  $rt.call("text.0", st, "text", $rt.resume(await $rt.pause(load("x"))));
  const later = async () => $rt.resume(await $rt.pause(Promise.resolve(1)));
  $rt.call("write.1", st, "write", $rt.resume(await $rt.pause(later())));
}
