import * as st from "rivulet";
// A try whose catch rethrows what it does not handle: st.rerun passes through.
const raw = '{"n": 1}';
try {
  const parsed = JSON.parse(raw) as { n: number };
  st.text(String(parsed.n));
  if (parsed.n > 5) st.rerun();
} catch (error) {
  if (!(error instanceof SyntaxError)) throw error;
  st.error("Bad JSON");
}
