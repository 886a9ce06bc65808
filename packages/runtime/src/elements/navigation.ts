// st.navigation, st.Page and st.switchPage: Streamlit's multipage apps. Their code is in
// api/navigation/; this registers them for the st exports and the README.

import { navigation } from "../api/navigation/navigation.ts";
import { Page, StreamlitPage } from "../api/navigation/page.ts";
import { switchPage } from "../api/navigation/switchPage.ts";
import { defineApi } from "./define.ts";

export { navigation, Page, StreamlitPage, switchPage };
export type { NavigationOptions } from "../api/navigation/navigation.ts";
export type { PageOptions } from "../api/navigation/page.ts";

export default defineApi({
  api: { navigation, Page, switchPage },
  containerMethods: false,
  section: "App",
  docs: [
    {
      calls: ["st.navigation(pages, { position, expanded })", "st.Page(fn, { title, icon, urlPath, default })", "st.switchPage(page)"],
      streamlit: ["st.navigation", "st.Page", "st.switch_page"],
      notes:
        'a list of pages or sections (`{ Reports: [...] }`); returns the page to show: `.run()` it; each page has its URL (`/orders`), back and forward work; the menu in the sidebar, `"top"` or `"hidden"`; session state is shared between pages',
      example: 'function home() {\n  st.title("Home");\n  if (st.button("Orders")) st.switchPage(orders);\n}\nfunction listOrders() {\n  st.title("Orders");\n}\nconst orders = st.Page(listOrders, { title: "Orders", urlPath: "orders" });\nst.navigation([st.Page(home), orders]).run();',
    },
  ],
});
