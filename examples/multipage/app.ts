// A multipage app whose pages are files of their own (pages/): each is a script like this one,
// compiled and bundled with the app, run where `page.run()` is.
import * as st from "rivulet";

function home(): void {
  st.title("Home");
  st.textInput("Your name", { key: "name" });
  if (st.button("See the sales")) st.switchPage("pages/1_📈_Sales.ts");
}

const page = st.navigation([
  st.Page(home, { title: "Home", icon: "🏠" }),
  st.Page("pages/1_📈_Sales.ts"),
  st.Page("pages/stock.ts", { title: "Stock", icon: "📦" }),
]);
st.sidebar.caption(`Signed in as ${st.sessionState.name || "nobody yet"}`);
st.sidebar.pageLink("pages/stock.ts"); // a page's file: its title and icon
page.run();
