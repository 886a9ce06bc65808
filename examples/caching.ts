// st.cacheData computes once per distinct arguments and hands every caller its own copy;
// st.cacheResource makes one object (a connection, a model) that every session shares.
import * as st from "rivulet";

const loadSales = st.cacheData(
  async (region: string) => {
    st.sessionState.queries = (st.sessionState.queries ?? 0) + 1;
    await new Promise((resolve) => setTimeout(resolve, 50)); // a slow query: a spinner shows meanwhile
    return [
      { month: "Jan", total: region === "EU" ? 120 : 95 },
      { month: "Feb", total: region === "EU" ? 130 : 90 },
    ];
  },
  { ttl: "10m" },
);
const connection = st.cacheResource(() => ({ opened: new Date().toISOString() }));

const region = st.selectbox("Region", ["EU", "US"]) ?? "EU";
const sales = await loadSales(region); // computed once per region, for 10 minutes
st.write(sales);
st.text(`${st.sessionState.queries} queries so far; connection opened at ${connection().opened}`);
if (st.button("Refresh")) loadSales.clear(); // the next run queries again
