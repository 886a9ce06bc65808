import * as st from "rivulet";
const toppings = ["cheese", "ham", "olives"];
st.multiselect("Toppings", toppings, { default: ["cheese", "ham"], maxSelections: 2 });
