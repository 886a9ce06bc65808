import * as st from "rivulet";
// The compiler passes a cached function's name and parameters' names after its options.
async function loadRows(url: string, { retries }: { retries: number }, _cache?: Map<string, unknown>, ...tags: string[]) {
  return [url, retries, tags.length];
}
const rows = st.cacheData(loadRows, { ttl: "1h" });
const model = st.cacheResource((this_: string, _secret = "x") => this_ + _secret);
const imported = st.cacheData(Math.max);
st.write(rows, model, imported);
