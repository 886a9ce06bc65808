// A multipage app: st.navigation lists the pages and returns the one to show; each page has its
// own URL (/orders), the menu is in the sidebar, and session state is shared between pages.
import * as st from "rivulet";

function home() {
  st.title("Home");
  st.textInput("Your name", { key: "name" });
  if (st.button("See your orders")) st.switchPage(orders);
}

function listOrders() {
  st.title("Orders");
  st.text(`Orders of ${st.sessionState.name || "nobody yet"}`);
}

const orders = st.Page(listOrders, { title: "Orders", icon: "📦", urlPath: "orders" });
const page = st.navigation({ "": [st.Page(home, { title: "Home", icon: "🏠" })], Reports: [orders] });
page.run();
