import * as st from "rivulet";
const res = await fetch("https://example.com/data.json");
const data: unknown = await res.json();
st.write(data);
async function load(url: string) {
  const r = await fetch(url);
  return r.text();
}
st.text(await load("x"));
const later = async () => await Promise.resolve(1);
st.write(await later());
