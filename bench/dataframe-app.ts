// The dataframe benchmark's app: 1,000,000 rows × 10 float64 columns, made once per process.
import * as st from "rivulet";

const ROWS = 1_000_000;
const columns = st.cacheResource(() => {
  const out: Record<string, Float64Array> = {};
  for (let c = 0; c < 10; c++) {
    const values = new Float64Array(ROWS);
    for (let i = 0; i < ROWS; i++) values[i] = ((i * 2654435761 + c * 40503) % 1000003) / 1000;
    out[`c${c}`] = values;
  }
  return out;
});
st.dataframe(columns(), { height: 600 });
