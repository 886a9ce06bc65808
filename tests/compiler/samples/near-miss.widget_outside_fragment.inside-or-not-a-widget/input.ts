import * as st from "rivulet";
const log = st.container();
const panel = st.fragment(() => {
  log.write("ran at " + Date.now());
  const [a, b] = st.columns(2);
  a.slider("Zoom");
  b.with(() => st.checkbox("Grid"));
  st.container().textInput("Name");
});
st.sidebar.with(() => panel());
log.button("Outside any fragment");
