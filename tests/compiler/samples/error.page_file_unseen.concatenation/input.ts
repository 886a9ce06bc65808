import * as st from "rivulet";
const name = st.textInput("Report", { value: "orders" }) ?? "orders";
st.navigation([st.Page("pages/" + name + ".ts"), st.Page(`pages/${name}-archive.ts`, { title: "Archive" })]).run();
