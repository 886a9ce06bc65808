import * as st from "rivulet";
const order = st.form("order");
order.textInput("Name");
const address = order.form("address");
address.textInput("Street");
address.formSubmitButton("Save address");
order.formSubmitButton("Order");
