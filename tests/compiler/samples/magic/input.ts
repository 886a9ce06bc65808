// Magic: bare expression statements are written with st.write, as Streamlit writes them.
import * as st from "rivulet";

declare const df: object;
const region = "EU";
`## Sales for ${region}`;
df;
region, 42;
df as object;
st.write("a call is not written twice");
st.header("calls, await, yield, assignments and updates are kept for their effect");
let count = 0;
count++;
count += 1;
Math.max(1, 2);
new Date();
void count;
delete (df as Record<string, unknown>).x;
region && st.text("a call's value");
count > 0 ? st.text("yes") : st.text("no");
if (count > 0) {
  `inside a block`;
} else {
  count;
}
for (const n of [1, 2]) n;
try {
  region;
} catch {
  "in a catch";
} finally {
  "in a finally";
}
switch (count) {
  case 1:
    "a case";
}
function report(title: string) {
  "use strict";
  title;
}
report("a function's body");
const panel = st.fragment(() => {
  `in a fragment`;
});
panel();
class Chart {
  static {
    "a class body is not written";
  }
  draw() {
    "a string first in a function is a directive, not written";
    `a method's body is written`;
  }
}
new Chart().draw();
async function load() {
  await Promise.resolve();
  function* gen() {
    yield 1;
  }
  gen;
}
await load();
