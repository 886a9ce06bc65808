// The default value is minValue (0 without one): bounds the wrong way round, or below 0.
import * as st from "rivulet";
export default function run($rt) {
  $rt.call("numberInput.0", st, "numberInput", "Reversed", {
    minValue: 10,
    maxValue: 5
  });
  $rt.call("numberInput.1", st, "numberInput", "Negative", {
    maxValue: -1
  });
  $rt.call("numberInput.2", st, "numberInput", "From min", {
    minValue: 10,
    maxValue: 5,
    value: "min"
  });
  $rt.call("numberInput.3", st, "numberInput", "Below", {
    minValue: 0.5,
    value: -0.5
  });
}
