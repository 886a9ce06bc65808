import * as st from "rivulet";
export default function run($rt) {
  const size = $rt.call("selectbox.0", st, "selectbox", "Size", ["S", "M", "L"], {
    index: 2
  });
}
