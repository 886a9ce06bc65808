// A page file (`st.Page("pages/orders.ts")`): a script of its own, its site ids tagged with
// its file, magic on.
import * as st from "rivulet";
st.title("Orders");
const level = st.slider("Level");
`level ${level}`;
