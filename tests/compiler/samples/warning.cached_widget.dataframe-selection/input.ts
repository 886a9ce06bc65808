import * as st from "rivulet";
// A dataframe with onSelect is a widget: its selection cannot come back from the cache.
const table = st.cacheData(() => st.dataframe([{ a: 1 }], { onSelect: "rerun" }));
table();
