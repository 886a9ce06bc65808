// Paths the compiler can read are page files like literals: a const, a template of literals.
import * as st from "rivulet";
const ORDERS = "pages/orders.ts";
st.navigation([st.Page(ORDERS), st.Page(`pages/${"stock"}.ts`)]).run();
