// Within the bounds, no value, or numbers the compiler cannot be sure of.
import * as st from "rivulet";
export default function run($rt) {
  $rt.call("numberInput.0", st, "numberInput", "A", {
    minValue: 0,
    maxValue: 10,
    value: 10
  });
  $rt.call("numberInput.1", st, "numberInput", "B", {
    minValue: 10,
    maxValue: 5,
    value: null
  });
  $rt.call("numberInput.2", st, "numberInput", "C", {
    minValue: low,
    maxValue: 5
  });
  $rt.call("numberInput.3", st, "numberInput", "D", {
    maxValue: -1,
    ...options
  });
  $rt.call("numberInput.4", st, "numberInput", "E", options);
  $rt.call("numberInput.5", st, "numberInput", "F", {
    maxValue: 5,
    value: low
  });
  $rt.call("numberInput.6", st, "numberInput", "G", {
    minValue: -5
  });
  $rt.call("slider.0", st, "slider", "Slider widens", {
    minValue: 0,
    maxValue: 10,
    value: 50
  });
}
