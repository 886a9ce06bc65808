import * as st from "rivulet";
const settings = st.cacheResource(function settings() {
  return { archived: st.checkbox("Include archived"), limit: st.slider("Limit", { maxValue: 100 }) };
});
settings();
