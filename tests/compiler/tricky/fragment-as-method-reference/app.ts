import * as st from "rivulet";
// Fragment functions given as a method of an object and as a factory's result.
const panels = {
  stats(): void {
    if (st.button("Recount")) st.rerun({ scope: "fragment" });
    st.text("stats");
  },
};
const makeBody = (name: string) => () => {
  if (st.button(`Reload ${name}`)) st.rerun({ scope: "fragment" });
};
st.fragment(panels.stats)();
st.fragment(makeBody("a"))();
