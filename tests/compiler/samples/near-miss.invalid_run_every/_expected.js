import "rivulet/data";
import * as st from "rivulet";
export default function run($rt) {
  const clock = $rt.call("fragment.0", st, "fragment", () => $rt.call("fragment.0/write.0", st, "write", new Date().toISOString()), {
    runEvery: "2s"
  });
  clock();
}
