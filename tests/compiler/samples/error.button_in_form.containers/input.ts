import * as st from "rivulet";
import { form as makeForm } from "rivulet";
const f = makeForm("order");
const [left, right] = f.columns(2);
left.button("Left");
right.with(() => {
  st.downloadButton("Receipt", { data: "..." });
});
f.container().button("Nested");
f.formSubmitButton("Order");
