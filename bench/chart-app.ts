// The chart benchmark's app: a line chart of 100,000 points.
import * as st from "rivulet";

const POINTS = 100_000;
const data = st.cacheResource(() => {
  const x = new Float64Array(POINTS);
  const y = new Float64Array(POINTS);
  for (let i = 0; i < POINTS; i++) {
    x[i] = i;
    y[i] = Math.sin(i / 500) * 100 + ((i * 7919) % 101) / 10;
  }
  return { x, y };
});
st.lineChart(data(), { x: "x", y: "y" });
