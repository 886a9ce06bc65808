import * as st from "rivulet";
// ...from a helper in another module.
import { submitRow } from "./helpers.ts";
const form = st.form("order");
form.numberInput("Quantity", { minValue: 1, value: 1 });
form.with(() => submitRow("Order"));
