import * as st from "rivulet";
// Widgets written by generic helpers and arrow functions stored in a map.
function choose<T extends string>(label: string, options: readonly T[]): T | null {
  return st.selectbox(label, options) as T | null;
}
const writers = new Map<string, () => void>([
  ["text", () => st.text("from a map")],
  ["caption", () => st.caption("from a map too")],
]);
choose("Fruit", ["apple", "pear"] as const);
for (const write of writers.values()) write();
