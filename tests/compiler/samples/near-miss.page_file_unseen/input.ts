import * as st from "rivulet";
function home() {
  st.title("Home");
}
st.navigation([st.Page(home), st.Page("pages/orders.ts")]).run();
