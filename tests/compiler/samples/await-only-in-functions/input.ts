import * as st from "rivulet";
// No await at top level: the run function is synchronous; the async helpers stay async.
async function load(url: string) {
  const r = await fetch(url);
  return r.text();
}
const later = async () => {
  for await (const chunk of [Promise.resolve(1)]) st.write(chunk);
};
st.button("Load", { onClick: async () => st.write(await load("x")) });
st.fragment(async () => {
  st.write(await later());
});
