import * as st from "rivulet";
const pick = st.cacheData((archived: boolean) => (archived ? "all" : "recent"));
st.write(pick(st.checkbox("Include archived")));
