import * as st from "rivulet";
// Without onSelect (or with "ignore") a dataframe is a plain element: the cache replays it.
const table = st.cacheData(() => {
  st.dataframe([{ a: 1 }]);
  st.dataframe([{ b: 2 }], { onSelect: "ignore" });
});
table();
