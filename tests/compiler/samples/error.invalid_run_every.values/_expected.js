import * as st from "rivulet";
export default function run($rt) {
  $rt.call("fragment.0", st, "fragment", () => $rt.call("fragment.0/write.0", st, "write", 1), {
    runEvery: 0
  });
  $rt.call("fragment.1", st, "fragment", () => $rt.call("fragment.1/write.0", st, "write", 2), {
    runEvery: -1
  });
  $rt.call("fragment.2", st, "fragment", () => $rt.call("fragment.2/write.0", st, "write", 3), {
    runEvery: "0s"
  });
  $rt.call("fragment.3", st, "fragment", () => $rt.call("fragment.3/write.0", st, "write", 4), {
    runEvery: "1 fortnight"
  });
  $rt.call("fragment.4", st, "fragment", () => $rt.call("fragment.4/write.0", st, "write", 5), {
    runEvery: `.5s`
  });
}
