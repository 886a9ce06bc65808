import * as st from "rivulet";
const billing = st.form("address");
billing.textInput("Billing street");
billing.formSubmitButton("Save");
const shipping = st.form("address");
shipping.textInput("Shipping street");
shipping.formSubmitButton("Save");
