import * as st from "rivulet";
export default function run($rt) {
  $rt.call("slider.0", st, "slider", "Equal", {
    minValue: 5,
    maxValue: 5
  });
  $rt.call("slider.1", st, "slider", "Fraction", {
    minValue: 1,
    step: 0.5
  });
  $rt.call("slider.2", st, "slider", "Zero", {
    maxValue: 0,
    value: 0
  });
}
