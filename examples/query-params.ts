// st.queryParams is the page URL's query: read it, write it, and the URL follows.
import * as st from "rivulet";

const page = Number(st.queryParams.page ?? 1);
st.header(`Page ${page}`);
st.text(`tags: ${st.queryParams.getAll("tag").join(", ") || "none"}`);
if (st.button("Next page")) {
  st.queryParams.page = page + 1; // the URL becomes ?page=2&... at the end of the run
  st.rerun();
}
