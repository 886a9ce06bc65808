import * as st from "rivulet";
const box = st.container();
const load = st.cacheData(() => {
  box.text("loaded");
  return 1;
});
load();
load();
