// A variable may hold a function: the compiler cannot tell, the run says (page_file_unseen).
import * as st from "rivulet";
const home = () => st.title("Home");
const pages = [home].map((page) => st.Page(page, { title: "Home" }));
st.navigation([...pages, st.Page(`pages/orders.ts`)]).run();
