import * as st from "rivulet";
export default function run($rt) {
  $rt.call("fragment.0", st, "fragment", () => $rt.call("fragment.0/write.0", st, "write", 1), {
    runEvery: 1.5
  });
  $rt.call("fragment.1", st, "fragment", () => $rt.call("fragment.1/write.0", st, "write", 2), {
    runEvery: "500ms"
  });
  $rt.call("fragment.2", st, "fragment", () => $rt.call("fragment.2/write.0", st, "write", 3), {
    runEvery: " 1.5 m "
  });
  $rt.call("fragment.3", st, "fragment", () => $rt.call("fragment.3/write.0", st, "write", 4), {
    runEvery: "1d"
  });
  $rt.call("fragment.4", st, "fragment", () => $rt.call("fragment.4/write.0", st, "write", 5), {
    runEvery: "30"
  });
  $rt.call("fragment.5", st, "fragment", () => $rt.call("fragment.5/write.0", st, "write", 6), {
    runEvery: null
  });
  const every = Number("2");
  $rt.call("fragment.6", st, "fragment", () => $rt.call("fragment.6/write.0", st, "write", 7), {
    runEvery: every
  });
  $rt.call("fragment.7", st, "fragment", () => $rt.call("fragment.7/write.0", st, "write", 8), {
    runEvery: "1 week"
  });
  $rt.call("fragment.8", st, "fragment", () => $rt.call("fragment.8/write.0", st, "write", 9), {
    runEvery: "10 min"
  });
}
