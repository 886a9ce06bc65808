import * as st from "rivulet";
const box = st.container();
const load = st.cacheData(() => 1);
load();
box.text(`loaded ${load()}`);
