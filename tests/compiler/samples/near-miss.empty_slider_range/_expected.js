import * as st from "rivulet";
export default function run($rt) {
  const year = $rt.call("slider.0", st, "slider", "Year", {
    minValue: 100,
    maxValue: 200
  });
}
