import * as st from "rivulet";
// Widgets outside the cached function, their values passed in.
const pick = st.cacheData((archived: boolean, _db: object) => (archived ? "all" : "recent"));
st.write(pick(st.checkbox("Include archived"), {}));
const panel = st.fragment(() => st.slider("Limit"));
panel();
