import * as st from "rivulet";
const welcome = st.dialog("Welcome", () => st.write("Hello"));
const news = st.dialog("News", () => st.write("Nothing new"));
if (!st.sessionState.seen) {
  welcome();
  st.sessionState.seen = true;
  news();
}
