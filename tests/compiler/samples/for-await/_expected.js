import "rivulet/data";
import * as st from "rivulet";
export default async function run($rt) {
  async function* chunks() {
    yield "a";
    yield "b";
  }
  // A top-level `for await` makes the run function async; each step goes through $rt.iterate.
  for await (const chunk of $rt.iterate(chunks())) {
    if ($rt.halt[0] !== 0) $rt.checkpoint();
    $rt.call("write.0", st, "write", chunk);
  }
  for await (const n of $rt.iterate([Promise.resolve(1), 2])) {
    if ($rt.halt[0] !== 0) $rt.checkpoint();
    if (n === 2) break;
  }
  async function collect(source) {
    const out = [];
    for await (const item of $rt.iterate(source)) {
      if ($rt.halt[0] !== 0) $rt.checkpoint();
      out.push(item);
    }
    return out;
  }
  $rt.call("write.1", st, "write", $rt.resume(await $rt.pause(collect(chunks()))));
  for (const plain of [1]) {
    if ($rt.halt[0] !== 0) $rt.checkpoint();
    $rt.call("write.2", st, "write", plain);
  }
}
