import * as st from "rivulet";
// Functions that are fragments, passed as a method of a local object or as a factory's result.
const panels = {
  stats() {
    if (st.button("Refresh stats")) st.rerun({ scope: "fragment" });
  },
  table: () => {
    if (st.button("Refresh table")) st.rerun({ scope: "fragment" });
  },
};
st.fragment(panels.stats)();
st.fragment(panels.table)();
function makeBody(name: string) {
  return () => {
    if (st.button("Refresh " + name)) st.rerun({ scope: "fragment" });
  };
}
st.fragment(makeBody("a"))();
