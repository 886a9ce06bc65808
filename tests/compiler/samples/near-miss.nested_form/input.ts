import * as st from "rivulet";
const order = st.form("order");
order.textInput("Name");
order.formSubmitButton("Order");
const address = st.form("address");
address.textInput("Street");
address.formSubmitButton("Save address");
