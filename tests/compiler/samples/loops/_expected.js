import "rivulet/data";
import * as st from "rivulet";
export default async function run($rt) {
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if ($rt.halt[0] !== 0) $rt.checkpoint();
    n += i;
  }
  for (const k in {
    a: 1
  }) {
    if ($rt.halt[0] !== 0) $rt.checkpoint();
    $rt.call("text.0", st, "text", k);
  }
  for (const v of [1, 2]) {
    if ($rt.halt[0] !== 0) $rt.checkpoint();
    $rt.call("write.0", st, "write", v);
  }
  while (n > 0) {
    if ($rt.halt[0] !== 0) $rt.checkpoint();
    n--;
  }
  do {
    if ($rt.halt[0] !== 0) $rt.checkpoint();
    n++;
  } while (n < 3);
  while (false) {
    if ($rt.halt[0] !== 0) $rt.checkpoint();
  }
  outer: for (;;) {
    if ($rt.halt[0] !== 0) $rt.checkpoint();
    for (;;) {
      if ($rt.halt[0] !== 0) $rt.checkpoint();
      break outer;
    }
  }
  for await (const chunk of $rt.iterate(async function* () {
    yield 1;
  }())) {
    if ($rt.halt[0] !== 0) $rt.checkpoint();
    $rt.call("write.1", st, "write", chunk);
  }
  function spin() {
    while (true) {
      if ($rt.halt[0] !== 0) $rt.checkpoint();
      if (Math.random() > 0.5) break;
    }
  }
  spin();
}
