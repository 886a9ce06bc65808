import * as st from "rivulet";
const folder = "pages";
st.navigation([st.Page(`${folder}/orders.ts`)]).run();
