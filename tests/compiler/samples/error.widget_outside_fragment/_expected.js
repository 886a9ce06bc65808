import * as st from "rivulet";
export default function run($rt) {
  const [left, right] = $rt.call("columns.0", st, "columns", 2);
  const filters = $rt.call("fragment.0", st, "fragment", () => {
    $rt.call("fragment.0/slider.0", left, "slider", "Price");
    $rt.call("fragment.0/write.0", right, "write", "Results");
  });
  filters();
}
