import * as st from "rivulet";
st.title("Fragments");
st.fragment(() => {
  st.header("Counter");
  if (st.button("+1")) {
    st.sessionState.count = (st.sessionState.count ?? 0) + 1;
    st.rerun({ scope: "fragment" });
  }
  st.write(st.sessionState.count);
});
function chart() {
  st.subheader("Chart");
  st.button("Refresh");
}
st.fragment(chart);
st.fragment(() => st.text("tiny"));
