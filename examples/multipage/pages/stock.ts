import * as st from "rivulet";

st.title("Stock");
const low = st.checkbox("Only what runs low");
await new Promise((resolve) => setTimeout(resolve, 20)); // e.g. a query
st.text(low ? "2 items run low" : "14 items in stock");
