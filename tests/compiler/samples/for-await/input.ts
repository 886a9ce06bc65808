import * as st from "rivulet";
async function* chunks() {
  yield "a";
  yield "b";
}
// A top-level `for await` makes the run function async; each step goes through $rt.iterate.
for await (const chunk of chunks()) st.write(chunk);
for await (const n of [Promise.resolve(1), 2]) {
  if (n === 2) break;
}
async function collect(source: AsyncIterable<string>) {
  const out: string[] = [];
  for await (const item of source) out.push(item);
  return out;
}
st.write(await collect(chunks()));
for (const plain of [1]) st.write(plain);
