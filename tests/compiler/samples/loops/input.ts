import * as st from "rivulet";
let n = 0;
for (let i = 0; i < 10; i++) n += i;
for (const k in { a: 1 }) st.text(k);
for (const v of [1, 2]) {
  st.write(v);
}
while (n > 0) n--;
do n++; while (n < 3);
while (false);
outer: for (;;) {
  for (;;) {
    break outer;
  }
}
for await (const chunk of (async function* () { yield 1; })()) {
  st.write(chunk);
}
function spin() {
  while (true) {
    if (Math.random() > 0.5) break;
  }
}
spin();
