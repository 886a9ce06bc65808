import * as st from "rivulet";
const pick = st.cacheData(() => st.checkbox("Include archived"));
st.write(pick());
