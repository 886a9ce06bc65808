import "rivulet/data";
import * as st from "rivulet";
// No await at top level: the run function is synchronous; the async helpers stay async.
export default function run($rt) {
  async function load(url) {
    const r = $rt.resume(await $rt.pause(fetch(url)));
    return r.text();
  }
  const later = async () => {
    for await (const chunk of $rt.iterate([Promise.resolve(1)])) {
      if ($rt.halt[0] !== 0) $rt.checkpoint();
      $rt.call("later/write.0", st, "write", chunk);
    }
  };
  $rt.call("button.0", st, "button", "Load", {
    onClick: async () => $rt.call("button.0.onClick/write.0", st, "write", $rt.resume(await $rt.pause(load("x"))))
  });
  $rt.call("fragment.0", st, "fragment", async () => {
    $rt.call("fragment.0/write.0", st, "write", $rt.resume(await $rt.pause(later())));
  });
}
