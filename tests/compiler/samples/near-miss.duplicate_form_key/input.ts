import * as st from "rivulet";
const billing = st.form("billing");
billing.textInput("Billing street");
billing.formSubmitButton("Save");
const shipping = st.form("shipping");
shipping.textInput("Shipping street");
shipping.formSubmitButton("Save");
