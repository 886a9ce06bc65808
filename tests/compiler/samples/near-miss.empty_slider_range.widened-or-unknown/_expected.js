// Reversed bounds are swapped and a value widens the range; unknown numbers are left alone.
import * as st from "rivulet";
export default function run($rt) {
  $rt.call("slider.0", st, "slider", "Reversed", {
    minValue: 10,
    maxValue: 5
  });
  $rt.call("slider.1", st, "slider", "Widened", {
    minValue: 5,
    maxValue: 5,
    value: 6
  });
  $rt.call("slider.2", st, "slider", "Default", {
    maxValue: -10
  });
  $rt.call("slider.3", st, "slider", "Unknown", {
    minValue: 100,
    maxValue: top
  });
  $rt.call("slider.4", st, "slider", "Dates", {
    minValue: start,
    maxValue: start
  });
  $rt.call("slider.5", st, "slider", "Range", {
    minValue: 5,
    maxValue: 5,
    value: [1, 9]
  });
  try {
    $rt.call("slider.6", st, "slider", "Caught", {
      minValue: 5,
      maxValue: 5
    });
  } catch (error) {
    $rt.rethrow(error);
    $rt.call("warning.0", st, "warning", String(error));
  }
}
