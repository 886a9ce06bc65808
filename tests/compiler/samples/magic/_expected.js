import "rivulet/data";
// Magic: bare expression statements are written with st.write, as Streamlit writes them.
import * as st from "rivulet";
export default async function run($rt) {
  const region = "EU";
  $rt.call("write.0", undefined, $rt.write, `## Sales for ${region}`);
  $rt.call("write.1", undefined, $rt.write, df);
  $rt.call("write.2", undefined, $rt.write, region, 42);
  $rt.call("write.3", undefined, $rt.write, df);
  $rt.call("write.4", st, "write", "a call is not written twice");
  $rt.call("header.0", st, "header", "calls, await, yield, assignments and updates are kept for their effect");
  let count = 0;
  count++;
  count += 1;
  Math.max(1, 2);
  new Date();
  void count;
  delete df.x;
  region && $rt.call("text.0", st, "text", "a call's value");
  count > 0 ? $rt.call("text.1", st, "text", "yes") : $rt.call("text.2", st, "text", "no");
  if (count > 0) {
    $rt.call("write.5", undefined, $rt.write, `inside a block`);
  } else {
    $rt.call("write.6", undefined, $rt.write, count);
  }
  for (const n of [1, 2]) {
    if ($rt.halt[0] !== 0) $rt.checkpoint();
    $rt.call("write.7", undefined, $rt.write, n);
  }
  try {
    $rt.call("write.8", undefined, $rt.write, region);
  } catch (_error) {
    $rt.rethrow(_error);
    $rt.call("write.9", undefined, $rt.write, "in a catch");
  } finally {
    $rt.call("write.10", undefined, $rt.write, "in a finally");
  }
  switch (count) {
    case 1:
      $rt.call("write.11", undefined, $rt.write, "a case");
  }
  function report(title) {
    "use strict";

    $rt.call("report/write.0", undefined, $rt.write, title);
  }
  report("a function's body");
  const panel = $rt.call("fragment.0", st, "fragment", () => {
    $rt.call("fragment.0/write.0", undefined, $rt.write, `in a fragment`);
  });
  panel();
  class Chart {
    static {
      "a class body is not written";
    }
    draw() {
      "a string first in a function is a directive, not written";

      $rt.call("draw/write.0", undefined, $rt.write, `a method's body is written`);
    }
  }
  new Chart().draw();
  async function load() {
    $rt.resume(await $rt.pause(Promise.resolve()));
    function* gen() {
      yield 1;
    }
    $rt.call("load/write.0", undefined, $rt.write, gen);
  }
  $rt.resume(await $rt.pause(load()));
}
