import * as st from "rivulet";
// Keys made by a helper called with different keys, and in a loop: never the same twice.
function field(key: string): string {
  return st.textInput(key, { key });
}
field("first");
field("last");
for (const i of [1, 2, 3]) st.checkbox(`Option ${i}`, { key: `option-${i}` });
if (Math.random() > 2) st.button("Same", { key: "only" });
else st.button("Same", { key: "only" });
