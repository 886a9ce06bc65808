import * as st from "rivulet";
export default function run($rt) {
  const age = $rt.call("numberInput.0", st, "numberInput", "Age", {
    minValue: 0,
    maxValue: 120,
    value: 150
  });
}
