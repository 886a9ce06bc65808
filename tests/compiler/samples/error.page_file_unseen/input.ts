import * as st from "rivulet";
const day = new Date().getDay() === 0 ? "sunday" : "weekday";
st.navigation([st.Page(`pages/${day}.ts`)]).run();
